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

    /**
     * A runner shipped as Java source (a resource beside {@code anchor}, named {@code Name.java.txt})
     * compiled with {@code javac} against {@code classPath} into {@code ~/.cache/tcheck/<cache>/<hash>},
     * reused while the source and {@code key} (what it was compiled against) stay the same.
     */
    public static Path compiledRunner(Class<?> anchor, String resource, Path javac, List<String> classPath, String cache,
                                      String key) throws IOException, InterruptedException {
        String source;
        try (java.io.InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String hash = sha(source + "|" + key);
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "tcheck", cache, hash);
        String marker = "compiled.ok";
        if (Files.isRegularFile(dir.resolve(marker))) {
            return dir;
        }
        if (Files.exists(dir)) {
            deleteTree(dir); // an earlier compile that did not finish
        }
        Path tmp = Files.createTempDirectory("tcheck-" + cache + "-");
        Path src = tmp.resolve(resource.replace(".java.txt", ".java"));
        Files.writeString(src, source);
        // -sourcepath: else javac also looks for sources on the class path, and a jar that ships its sources
        // beside its classes (the scenarios') with the same time stamp has them compiled instead of read
        List<String> cmd = new ArrayList<>(List.of(javac.toString(), "-nowarn", "-d", tmp.toString(), "-sourcepath", tmp.toString(),
                "-cp", String.join(java.io.File.pathSeparator, classPath), src.toString()));
        Exit exit = run(cmd, tmp, 180_000);
        if (exit.code() != 0) {
            throw new IllegalStateException("cannot compile " + resource + ":\n" + exit.output());
        }
        Files.delete(src);
        Files.writeString(tmp.resolve(marker), "ok");
        Files.createDirectories(dir.getParent());
        try {
            Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(dir.resolve(marker))) { // another run may have won the race
                throw e;
            }
            deleteTree(tmp);
        }
        return dir;
    }

    public static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    private static String sha(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last {@code n} lines of a text. */
    public static String tail(String text, int n) {
        String[] lines = text.split("\n");
        int from = Math.max(0, lines.length - n);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
