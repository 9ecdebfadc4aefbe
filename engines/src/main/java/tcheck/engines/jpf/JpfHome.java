package tcheck.engines.jpf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a built JPF is: {@code -Dtcheck.jpf.home}, else the {@code JPF_HOME} environment variable
 * (a jpf-core checkout built with its own Gradle, or the output of {@code jpf/build-jpf.sh}), else the
 * newest build that {@code jpf/build-jpf.sh} cached under {@code ~/.cache/tcheck}.
 */
final class JpfHome {
    static final String PROPERTY = "tcheck.jpf.home";

    private JpfHome() {
    }

    /** The configured home, whether or not it holds a build; empty when none is configured or cached. */
    static Optional<Path> configured() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv("JPF_HOME");
        }
        if (p != null && !p.isBlank()) {
            return Optional.of(Path.of(p).toAbsolutePath().normalize());
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "tcheck");
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(d -> d.getFileName().toString().startsWith("jpf-") && Files.isRegularFile(d.resolve(".tcheck-build")))
                    .max(Comparator.comparing(JpfHome::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Null when {@code home} holds the jars the engine needs, else why not. */
    static String problem(Path home) {
        for (String jar : new String[]{"jpf.jar", "jpf-classes.jar"}) {
            if (!Files.isRegularFile(home.resolve("build").resolve(jar))) {
                return "JPF_HOME=" + home + " has no build/" + jar + " (build one with jpf/build-jpf.sh, or jpf-core's gradle buildJars)";
            }
        }
        return null;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
