package tcheck.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds installed JDKs by feature version: the one running, an environment variable, or /usr/lib/jvm. */
public final class Jdks {
    private Jdks() {
    }

    /**
     * A JDK home of this feature version (with bin/java and bin/javac): {@code JAVA<v>_HOME} or
     * {@code JDK<v>_HOME}, the running JVM, then {@code /usr/lib/jvm/*}.
     */
    public static Optional<Path> find(int feature) {
        List<Path> candidates = new ArrayList<>();
        for (String var : List.of("JAVA" + feature + "_HOME", "JDK" + feature + "_HOME")) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                candidates.add(Path.of(v));
            }
        }
        if (Runtime.version().feature() == feature) {
            candidates.add(Path.of(System.getProperty("java.home")));
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/jvm"))) {
            s.sorted().forEach(candidates::add);
        } catch (IOException e) {
            // no /usr/lib/jvm here
        }
        return candidates.stream().filter(h -> isJdk(h, feature)).findFirst();
    }

    static boolean isJdk(Path home, int feature) {
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isExecutable(home.resolve("bin/javac"))) {
            return false;
        }
        Path release = home.resolve("release");
        try {
            return Files.readAllLines(release).stream().anyMatch(l -> l.matches("JAVA_VERSION=\"" + feature + "(\\..*)?\""));
        } catch (IOException e) {
            return false;
        }
    }
}
