package tcheck.engines;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Starts a JVM of its own for an engine (JPF, Fray) and waits for it with a deadline. */
public final class ForkedJvm {
    /** How a forked JVM ended: its exit code (-1 when killed at the deadline) and its combined output. */
    public record Exit(int code, boolean timedOut, String output, long millis) {
    }

    private ForkedJvm() {
    }

    /** The jar or class directory each class was loaded from, once each, in order. */
    public static List<String> classPathOf(Class<?>... classes) {
        Set<String> out = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                throw new IllegalStateException("no code source for " + c.getName());
            }
            try {
                out.add(Path.of(cs.getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ArrayList<>(out);
    }

    public static Exit run(List<String> command, Path workDir, long timeoutMillis) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve("output.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Exit(done ? p.exitValue() : -1, !done, output, millis);
    }

    /** The last {@code n} lines of a text. */
    public static String tail(String text, int n) {
        String[] lines = text.split("\n");
        int from = Math.max(0, lines.length - n);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
