package tcheck.cli;

import tcheck.results.Result;
import tcheck.results.ResultsFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;

/**
 * Scenarios checked side by side, each job a JVM of its own: the explorer controls one execution
 * per JVM (it rewrites {@code java.util.concurrent} for the whole JVM), so two searches at once need
 * two JVMs. A job is the same {@code check} command with the same options, serving scenario ids from
 * its stdin ({@code --serve}); each scenario's result does not depend on which job ran it or on what
 * ran before it, so the verdicts, traces and schedules are those of one job. This JVM is a job too:
 * it takes the scenarios in order, checking each itself unless another job has checked it already,
 * while the other jobs take them from the end, one at a time. It never waits for a job: a JVM
 * started for a few short scenarios may still be warming up when this one gets there, and then
 * this one checks the scenario itself. It still competes with the jobs for the cores: an exploration
 * hands the processor from thread to thread at every step, each hand-off waiting for a free core (on 2
 * cores, measured, two jobs take twice as long as one). Output keeps the order.
 */
final class Jobs implements AutoCloseable {
    /** What a job answers when a scenario is done: this, the id, then {@code engine:file} for each result it wrote, in order. */
    static final String DONE = "done";

    private final Deque<String> queue = new ArrayDeque<>();
    private final Map<String, CompletableFuture<Map<String, List<Result>>>> results = new HashMap<>();
    private final List<Job> jobs = new ArrayList<>();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Path work;
    private int used;

    /** The explorer's setting of how long a thread waits for its turn awake before it parks ({@code Baton}). */
    static final String SPIN = "tcheck.spinMicros";

    /** Starts {@code n} JVMs running {@code check} with {@code args} (the options, no scenario ids) on {@code ids}. */
    Jobs(int n, List<String> args, List<String> ids) {
        noSpinWhenCoresAreShared(n + 1);
        queue.addAll(ids);
        for (String id : ids) {
            results.put(id, new CompletableFuture<>());
        }
        try {
            work = Files.createTempDirectory("tcheck-jobs-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for the jobs' results", e);
        }
        for (int i = 0; i < n && !queue.isEmpty(); i++) {
            jobs.add(new Job(i, args));
        }
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * With as many explorations at once as cores (this JVM's and the jobs'), no core is idle: a thread that
     * waits for its turn awake spins on a core another job's running thread needs. Measured with {@code check
     * all --jobs 2} on 2 cores, alternating, four rounds: 12.7-13.5 s without the spin against 15.7-16.9 s with
     * it; with one job the spin still pays (8.0-11.9 s against 9.0-13.8 s, four rounds on a busier day). A value
     * the user set is kept. Set before this JVM's first exploration, and passed on to the jobs.
     */
    private static void noSpinWhenCoresAreShared(int explorations) {
        if (explorations >= Runtime.getRuntime().availableProcessors() && System.getProperty(SPIN) == null) {
            System.setProperty(SPIN, "0");
        }
    }

    /** On Ctrl-C the jobs end with this JVM, not a minute later when their searches would. */
    private final Thread reaper = new Thread(() -> jobs.forEach(j -> j.process.destroyForcibly()), "tcheck-jobs-reaper");

    /** Takes {@code id} for this JVM to check itself, unless a job has taken it already. */
    synchronized boolean claim(String id) {
        return queue.remove(id);
    }

    /**
     * The results of scenario {@code id} by engine name if a job has checked it, else null: this JVM
     * then checks it itself rather than wait (a job still warming up may take longer), and the job's
     * answer, the same, is not needed.
     */
    Map<String, List<Result>> ifDone(String id) {
        CompletableFuture<Map<String, List<Result>>> f = results.get(id);
        if (!f.isDone()) {
            return null;
        }
        used++;
        return f.join();
    }

    /** How many scenarios' results came from the other jobs. */
    int used() {
        return used;
    }

    /** What went wrong with the jobs (their scenarios were checked here instead), for the user to see. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /** The other jobs take from the end: this JVM, going from the start, then waits for none of them until they meet. */
    private synchronized String next() {
        return queue.pollLast();
    }

    /** One JVM serving scenario ids; a thread of this JVM feeds it and reads its answers. */
    private final class Job {
        private final Process process;
        private final Path stderr;

        Job(int index, List<String> args) {
            Path results = work.resolve("job-" + index);
            stderr = work.resolve("job-" + index + ".err");
            List<String> command = new ArrayList<>(javaCommand());
            String spin = "-D" + SPIN + "=";
            if (System.getProperty(SPIN) != null && command.stream().noneMatch(a -> a.startsWith(spin))) {
                command.add(1, spin + System.getProperty(SPIN)); // set by noSpinWhenCoresAreShared
            }
            command.add("check");
            command.addAll(args);
            command.addAll(List.of("--jobs", "1", "--quiet", "--results", results.toString(), "--serve"));
            try {
                process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a job's JVM (" + command.get(0) + ")", e);
            }
            Thread feeder = new Thread(() -> serve(results), "tcheck-job-" + index);
            feeder.setDaemon(true);
            feeder.start();
        }

        private void serve(Path dir) {
            try (PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
                 BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String id = next(); id != null; id = next()) {
                    in.println(id);
                    String answer = answer(out);
                    if (answer == null) {
                        fail(id); // this JVM checks it, and the rest, itself
                        return;
                    }
                    String[] parts = answer.split("\t");
                    Map<String, List<Result>> rs = new java.util.LinkedHashMap<>();
                    for (int i = 2; i < parts.length; i++) {
                        int colon = parts[i].indexOf(':');
                        rs.computeIfAbsent(parts[i].substring(0, colon), e -> new ArrayList<>())
                                .add(ResultsFiles.read(dir.resolve(parts[i].substring(colon + 1))));
                    }
                    results.get(id).complete(rs);
                }
            } catch (IOException | RuntimeException e) {
                failures.add("a job stopped: " + e); // this JVM checks what it did not answer
            }
        }

        /** The next "done" line, or null when the job's JVM ended first. */
        private String answer(BufferedReader out) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(DONE + "\t")) {
                    return line;
                }
            }
            return null;
        }

        private void fail(String id) {
            String why;
            try {
                process.waitFor();
                why = "exit " + process.exitValue() + ": " + tcheck.engines.ForkedJvm.tail(Files.readString(stderr, StandardCharsets.UTF_8).strip(), 5).replace("\n", " | ");
            } catch (IOException | InterruptedException e) {
                why = String.valueOf(e);
            }
            failures.add("the job checking " + id + " ended before it was done (" + why.strip() + ")");
        }
    }

    /**
     * This JVM's own command: its java, its JVM options (minus a debugger's), and the tcheck jar with
     * its launcher agent, or else this class path (the explorer then attaches its agent itself).
     */
    static List<String> javaCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib:jdwp") && !a.startsWith("-XX:StartFlightRecording") && !a.startsWith("-XX:Flags")) {
                cmd.add(a);
            }
        }
        String cp = System.getProperty("java.class.path");
        if (launcherJar(cp)) {
            cmd.addAll(List.of("-jar", cp));
        } else {
            cmd.addAll(List.of("-cp", cp, Main.class.getName()));
        }
        return cmd;
    }

    private static boolean launcherJar(String cp) {
        if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(cp)) {
            return jar.getManifest() != null && Main.class.getName().equals(jar.getManifest().getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the reaper runs or has run
        }
        for (Job j : jobs) {
            j.process.destroy();
        }
        for (Job j : jobs) {
            try {
                if (!j.process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    j.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                j.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        tcheck.engines.ForkedJvm.deleteTree(work);
    }

}
