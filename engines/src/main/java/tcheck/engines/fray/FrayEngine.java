package tcheck.engines.fray;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.ForkedJvm;
import tcheck.engines.Jdks;
import tcheck.engines.Verdicts;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;
import tcheck.specs.SequentialSpec;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fray (CMU PASTA, {@code org.pastalab.fray} 0.9.2): controlled concurrency testing on an instrumented
 * JDK 25. Each variant's body and final check run as one Fray test through {@code FrayInTestLauncher},
 * in a JVM on the instrumented JDK with Fray's agent and JVMTI library, with a fixed iteration budget
 * and seed: first Fray's default POS scheduler, then PCT if POS found nothing. Fray samples schedules,
 * so a clean run is "passed" (fixed) or "not observed" (buggy), never "verified". The instrumented JDK
 * and the jars come from {@code fray/prepare-fray.sh} ({@code FRAY_HOME}).
 */
public final class FrayEngine implements Engine {
    public static final String NAME = "fray";
    static final String VERSION = "0.9.2";
    /** The results' mapper, not one of its own: made in the background at start, not when the engines are listed. */
    private static final ObjectMapper JSON = ResultsFiles.mapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Fray: controlled concurrency testing (POS, then PCT) on an instrumented JDK 25, a fixed budget and seed";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("iterations", "100: schedules tried per strategy (its bugs here showed within 1-9)");
        o.put("seed", "1: the random seed of the schedulers");
        o.put("strategies", "pos,pct: the schedulers, in order, each until it finds the bug (pos, pct)");
        o.put("timeout-seconds", "120: Fray's own time limit per strategy (it looks between iterations)");
        o.put("iteration-seconds", "20: one iteration running longer counts as never ending, and the attempt stops"
                + " (Fray does not bound a spinning thread's steps)");
        return o;
    }

    static Path home() {
        String p = System.getProperty("tcheck.fray.home");
        if (p == null || p.isBlank()) {
            p = System.getenv("FRAY_HOME");
        }
        return p != null && !p.isBlank() ? Path.of(p).toAbsolutePath().normalize()
                : Path.of(System.getProperty("user.home"), ".cache", "tcheck", "fray-" + VERSION);
    }

    @Override
    public String unavailable() {
        Path h = home();
        if (!Files.isExecutable(h.resolve("java/bin/java"))) {
            return (Jdks.find(25).isEmpty() ? "no JDK 25 on this machine, and Fray runs only on its instrumented JDK 25"
                    : "no instrumented JDK 25 at " + h + "/java: run fray/prepare-fray.sh (Fray's own Maven plugin cannot"
                    + " build it here: it downloads a Corretto 25, and its jlink step needs <jdk>/jmods, which Temurin 25 lacks)");
        }
        if (!Files.isRegularFile(h.resolve("jvmti/libjvmti.so"))) {
            return "no Fray JVMTI library at " + h + "/jvmti/libjvmti.so: run fray/prepare-fray.sh";
        }
        if (jar(h, "fray-junit") == null || jar(h, "fray-instrumentation-agent") == null) {
            return "no Fray jars in " + h + "/lib: run fray/prepare-fray.sh";
        }
        if (javac(h) == null) {
            return "no javac of JDK 25 to compile the Fray runner (set JDK25_HOME)";
        }
        return null;
    }

    private static Path jar(Path home, String artifact) {
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(artifact + "-")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path javac(Path home) {
        Path own = home.resolve("java/bin/javac");
        if (Files.isExecutable(own)) {
            return own;
        }
        return Jdks.find(25).map(j -> j.resolve("bin/javac")).orElse(null);
    }

    private static List<String> libs(Path home) throws IOException {
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            return s.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("fray-instrumentation-agent-"))
                    .filter(p -> !p.getFileName().toString().startsWith("fray-jvmti-"))
                    .map(Path::toString).sorted().toList();
        }
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        String why = unavailable();
        if (why != null) {
            return List.of(Verdicts.notAvailable(s, NAME, why));
        }
        Path home = home();
        int iterations = run.intOption(this, "iterations");
        long seed = Long.parseLong(run.option(this, "seed").trim());
        int timeout = run.intOption(this, "timeout-seconds");
        int iterationSeconds = run.intOption(this, "iteration-seconds");
        List<String> strategies = List.of(run.option(this, "strategies").split(","));
        for (String st : strategies) {
            if (!List.of("pos", "pct").contains(st.trim())) {
                throw new IllegalArgumentException("fray.strategies must list pos and/or pct, got '" + st + "'");
            }
        }
        Bound b = run.boundFor(s);
        try {
            List<String> compileCp = new ArrayList<>(libs(home));
            compileCp.addAll(ForkedJvm.classPathOf(Scenario.class, ObjectMapper.class, JsonFactory.class, JsonInclude.class));
            Path runner = ForkedJvm.compiledRunner(FrayEngine.class, "FrayRunner.java.txt", javac(home), compileCp, "fray-runner",
                    String.join(File.pathSeparator, libs(home)));
            List<JsonNode> attempts = new ArrayList<>();
            long millis = 0;
            for (String st : strategies) {
                run.say("fray " + s.id() + ": " + st + ", " + iterations + " iterations, seed " + seed);
                JsonNode a = attempt(s, b, home, runner, st.trim(), iterations, seed, timeout, iterationSeconds);
                attempts.add(a);
                millis += a.path("wallMillis").asLong();
                if (a.hasNonNull("exceptionClass") || a.hasNonNull("crash") || a.hasNonNull("unfinished")) {
                    break;
                }
            }
            return List.of(toResult(s, b, attempts, millis, iterations, seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Fray ran", e);
        }
    }

    private JsonNode attempt(Scenario s, Bound b, Path home, Path runner, String strategy, int iterations, long seed,
                             int timeout, int iterationSeconds) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("tcheck-fray-");
        try {
            Path out = work.resolve("result.json");
            List<String> cp = new ArrayList<>();
            cp.add(runner.toString());
            cp.addAll(libs(home));
            cp.addAll(ForkedJvm.classPathOf(s.getClass(), Scenario.class, SequentialSpec.class, ObjectMapper.class,
                    JsonFactory.class, JsonInclude.class));
            Path reports = Path.of(System.getProperty("java.io.tmpdir"), "tcheck-fray-reports", s.family() + "__" + s.variant());
            Files.createDirectories(reports);
            List<String> cmd = new ArrayList<>(List.of(home.resolve("java/bin/java").toString(),
                    "-javaagent:" + jar(home, "fray-instrumentation-agent"),
                    "-agentpath:" + home.resolve("jvmti/libjvmti.so"),
                    "-Dfray.workDir=" + reports,
                    "-Xmx1g", "-cp", String.join(File.pathSeparator, cp), "tcheck.frayrunner.FrayRunner",
                    out.toString(), s.getClass().getName(), Integer.toString(b.threads()), Integer.toString(b.operations()),
                    Integer.toString(b.capacity()), strategy, Integer.toString(iterations), Long.toString(seed),
                    Integer.toString(timeout), Integer.toString(iterationSeconds)));
            // the runner stops itself (see FrayRunner); this is for a JVM that cannot even do that
            ForkedJvm.Exit exit = ForkedJvm.run(cmd, work, (timeout + iterationSeconds + 120) * 1000L);
            if (exit.timedOut() || !Files.isRegularFile(out)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("strategy", strategy);
                m.put("wallMillis", exit.millis());
                m.put("crash", (exit.timedOut() ? "Fray's JVM did not stop within its timeouts plus 120 s"
                        : "Fray's JVM ended (exit " + exit.code() + ") without a result") + "\n" + ForkedJvm.tail(exit.output(), 30));
                return JSON.valueToTree(m);
            }
            return JSON.readTree(out.toFile());
        } finally {
            ForkedJvm.deleteTree(work);
        }
    }

    /**
     * Iterations an attempt ran: Fray counts from 0 and stops counting at the iteration that found a
     * bug, so that one is added back.
     */
    /** How an error that is Fray's own shortcoming ends its message. */
    public static final String LIMIT = "a Fray limit, not a finding";

    /** The first Fray frame of a stack trace, as {@code Class.method}. */
    static String firstFrayFrame(String stackTrace) {
        return stackTrace.lines().map(String::trim).filter(l -> l.startsWith("at org.pastalab.fray."))
                .map(l -> l.substring(3, l.contains("(") ? l.indexOf('(') : l.length()))
                .map(m -> m.substring(m.lastIndexOf('.', m.lastIndexOf('.') - 1) + 1))
                .findFirst().orElse("Fray's code");
    }

    static long iterationsRun(JsonNode attempt) {
        return attempt.path("iterations").asLong() + (attempt.hasNonNull("exceptionClass") ? 1 : 0);
    }

    private Result toResult(Scenario s, Bound b, List<JsonNode> attempts, long millis, int iterations, long seed) {
        JsonNode last = attempts.get(attempts.size() - 1);
        long totalIterations = attempts.stream().mapToLong(FrayEngine::iterationsRun).sum();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unit", "iterations");
        details.put("seed", seed);
        details.put("iterationBudget", iterations);
        details.put("attempts", attempts.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strategy", a.path("strategy").asText());
            m.put("iterations", iterationsRun(a));
            m.put("frayMillis", a.path("frayMillis").asLong());
            m.put("bug", a.hasNonNull("exceptionClass"));
            return m;
        }).toList());
        String strategy = "Fray " + VERSION + " " + String.join(" then ", attempts.stream().map(a -> a.path("strategy").asText().toUpperCase(Locale.ROOT)).toList())
                + ", " + iterations + " iterations each, seed " + seed;
        Result.Builder r = Result.builder(s.family(), s.variant(), s.expected().json(), NAME)
                .complete(false).executions(totalIterations).millis(millis).bound(b.toString()).strategy(strategy)
                .title(s.title()).lesson(s.lesson()).details(details);
        if (last.hasNonNull("crash")) {
            return r.verdict(Verdict.ERROR).message("Fray failed: " + last.get("crash").asText().lines().findFirst().orElse(""))
                    .engineOutput(last.get("crash").asText()).build();
        }
        if (last.path("frayInternal").asBoolean(false)) {
            String cls = last.get("exceptionClass").asText();
            return r.verdict(Verdict.ERROR).message("Fray failed inside itself: " + cls.substring(cls.lastIndexOf('.') + 1)
                            + " in " + firstFrayFrame(last.path("stackTrace").asText("")) + " at iteration " + iterationsRun(last)
                            + " (" + LIMIT + ")")
                    .engineOutput(ForkedJvm.tail(last.path("stackTrace").asText(""), 40)).build();
        }
        if (last.hasNonNull("exceptionClass")) {
            String cls = last.get("exceptionClass").asText();
            FailureKind kind = last.hasNonNull("violationKind") ? FailureKind.of(last.get("violationKind").asText())
                    : cls.endsWith("DeadlockException") ? FailureKind.DEADLOCK : FailureKind.EXCEPTION;
            details.put("iterationsToBug", iterationsRun(last));
            details.put("frayMillisToBug", last.path("frayMillis").asLong());
            details.put("replay", last.path("report").asText(null));
            return r.verdict(Verdict.COUNTEREXAMPLE).kind(kind)
                    .message(String.format(Locale.ROOT, "%s found %s after %d iteration(s) (%.1f s of Fray's time)%s",
                            last.path("strategy").asText().toUpperCase(Locale.ROOT), cls.substring(cls.lastIndexOf('.') + 1),
                            iterationsRun(last), last.path("frayMillis").asLong() / 1000.0,
                            "null".equals(last.path("exceptionMessage").asText("null")) ? ""
                                    : ": " + last.path("exceptionMessage").asText()))
                    .replay(last.hasNonNull("report") ? "Fray's recording: " + last.get("report").asText() : null)
                    .engineOutput(ForkedJvm.tail(last.path("stackTrace").asText(""), 40))
                    .build();
        }
        if (last.hasNonNull("unfinished")) {
            // under PCT a thread retrying in a loop keeps its priority: an unfair schedule, not a livelock a JVM shows
            return r.verdict(Verdict.ERROR).message("Fray's " + last.path("strategy").asText().toUpperCase(Locale.ROOT) + " "
                    + last.get("unfinished").asText() + ": a schedule that never ends, stopped (" + LIMIT + ")").build();
        }
        boolean fixed = s.expected() == tcheck.scenario.Expected.FIXED;
        return r.verdict(fixed ? Verdict.PASSED : Verdict.NOT_OBSERVED)
                .message("no bug in " + totalIterations + " schedules (" + String.join(", ", attempts.stream()
                        .map(a -> a.path("strategy").asText().toUpperCase(Locale.ROOT) + " " + iterationsRun(a)).toList())
                        + "); sampled, not a proof")
                .build();
    }
}
