package tcheck.reports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The hand-made, test-only results under src/test/resources/fixtures (see its README). */
final class Fixtures {
    static final List<ScenarioInfo> SCENARIOS = List.of(
            new ScenarioInfo("race-counter", "unsynchronized", "buggy", "count++ without synchronization",
                    "count++ is three steps: read, add, write."),
            new ScenarioInfo("race-counter", "synchronized", "fixed", "count++ under synchronized", "one lock per increment"),
            new ScenarioInfo("deposit-withdraw", "check-then-withdraw", "buggy", "check, then withdraw", null),
            new ScenarioInfo("philosophers", "greedy", "buggy", "left fork, then right fork", "circular wait"));

    private Fixtures() {
    }

    static Path dir(String name) {
        try {
            return Paths.get(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of one fixture directory, for tests that delete or break files. */
    static Path copy(String name, Path into) throws IOException {
        Path target = into.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(dir(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
