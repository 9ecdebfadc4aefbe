package tcheck.stress.harness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs jcstress's {@code Main} in its own JVM, in a working directory under the build directory:
 * jcstress drops its per-run result blob ({@code jcstress-results-*.bin.gz}) into the working
 * directory, and its report into {@code -r}. Its console output is kept in
 * {@code jcstress-output.txt}; only its per-test verdict lines and fatal errors are echoed, so a
 * whole-project {@code mvn verify} stays readable.
 */
public final class JCStressProcess {

    /**
     * What one run left behind.
     *
     * @param exitCode jcstress exits 0 even when no test ran, so this alone proves nothing
     * @param blob     the binary results file, or null when jcstress wrote none
     */
    public record Run(int exitCode, Path workDir, Path output, Path blob, long millis) {
        /** jcstress's own words for running nothing, e.g. "No scheduling is possible" with too few CPUs. */
        public String whyNothingRan() {
            try (Stream<String> lines = Files.lines(output)) {
                return lines.map(String::trim)
                        .filter(l -> l.startsWith("FATAL") || l.startsWith("ERROR") || l.contains("would not run"))
                        .distinct().collect(Collectors.joining(" / "));
            } catch (IOException e) {
                return "(output unreadable: " + e.getMessage() + ")";
            }
        }
    }

    private final Path workDir;
    private final String classPath;
    private final PrintStream echo;

    public JCStressProcess(Path workDir, String classPath, PrintStream echo) {
        this.workDir = workDir;
        this.classPath = classPath;
        this.echo = echo;
    }

    public Run run(StressBudget budget) throws IOException, InterruptedException {
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        Path output = workDir.resolve("jcstress-output.txt");

        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classPath));
        command.addAll(budget.jcstressArguments(workDir.resolve("report")));
        echo.println("jcstress: " + budget + "  (in " + workDir + ")");

        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        Thread pump = new Thread(() -> tee(process.getInputStream(), output), "jcstress-output");
        pump.start();
        if (!process.waitFor(budget.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            // The test VMs are children of the jcstress VM: end them first, or they keep the CPUs.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            pump.join();
            throw new IllegalStateException("jcstress did not finish within " + budget.timeout()
                    + " (a test that never terminates?); its output is in " + output);
        }
        pump.join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(process.exitValue(), workDir, output, findBlob(), millis);
    }

    /** The java of the JVM running this code: {@code JAVA_HOME=... mvn verify} picks the JDK under test. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Path findBlob() throws IOException {
        try (Stream<Path> files = Files.list(workDir)) {
            List<Path> blobs = files.filter(p -> p.getFileName().toString().matches("jcstress-results-.*\\.bin\\.gz"))
                    .toList();
            if (blobs.size() > 1) {
                throw new IllegalStateException("more than one jcstress result blob in " + workDir + ": " + blobs);
            }
            return blobs.isEmpty() ? null : blobs.get(0);
        }
    }

    private void tee(InputStream in, Path file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.newLine();
                if (worthEchoing(line)) {
                    echo.println("  " + line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "..........  [OK] test" / "[FAILED]" / "[ERROR]" lines and fatal messages. */
    private static boolean worthEchoing(String line) {
        String t = line.trim();
        return t.startsWith("..........") || t.startsWith("FATAL") || t.contains("would not run");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
