package tcheck.checker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import tcheck.checker.bench.programs.FileSystem;
import tcheck.checker.bench.programs.Indexer;
import tcheck.checker.bench.programs.LastZero;
import tcheck.checker.bench.programs.ReadersWriters;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ProgramSource;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.checker.explorer.runtime.Substrate;
import tcheck.checker.explorer.search.DepthFirstSearch;
import tcheck.checker.explorer.search.OptimalDpor;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The explorer measured side by side in one run on the same (shared, noisy) machine; read the
 * ratios, not the absolute figures:
 * <ol>
 *   <li>the substrate's own limits: a bare platform thread start+join, a bare hand-off between two
 *   threads (semaphore ping-pong, what the explorer does per step);</li>
 *   <li>the substrates side by side: every catalog scenario at its default bound on fresh platform
 *   threads and on pooled carriers ({@link Substrate}), executions/s of each and their ratio;</li>
 *   <li>every catalog scenario at its default bound, before (every execution records its trace,
 *   DPOR without source sets, preemption-bounded searches running every path: {@link ExplorerOptions#withBaseline}) and now, and at a larger bound
 *   (one more thread) now: executions, executions/s, time to the first counterexample, time to verify;</li>
 *   <li>per execution: steps and threads, and the time per execution as a ratio of what its thread
 *   starts and hand-offs cost at the substrate's limit;</li>
 *   <li>DPOR against the optimum, one execution per Mazurkiewicz trace (traces counted by
 *   {@link Mazurkiewicz}: distinct happens-before orders), on the fixed scenarios (whose search is
 *   complete) and on the classic DPOR benchmark programs, where the traces are also counted by
 *   depth-first search with sleep sets alone.</li>
 * </ol>
 * Prints a table and writes {@code checker/target/bench/explorer-benchmark.json}. Not a test: run it with
 * {@code mvn -q -Pbench -pl checker -am verify -DskipTests} (argument: a scenario id or family to
 * measure only those; {@code -Dbench.largerMillis} the budget at the larger bound, default 10 s).
 */
public final class ExplorerBenchmark {
    private ExplorerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long largerMillis = Long.getLong("bench.largerMillis", 10_000);
        List<Scenario> scenarios = args.length == 0 ? Catalog.all() : Catalog.select(args[0]);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));

        // warm up the JIT on one small scenario, both ways
        Scenario warm = Catalog.select("race-counter/unsynchronized").get(0);
        for (int i = 0; i < 3; i++) {
            Explorer.explore(new ScenarioSource(warm, warm.defaultBound()), ExplorerOptions.defaults());
            Explorer.explore(new ScenarioSource(warm, warm.defaultBound()), ExplorerOptions.defaults().withBaseline(true));
        }

        double startJoinMicros = threadStartJoinMicros();
        double handOffMicros = handOffMicros();
        System.out.printf(Locale.ROOT, "substrate limits: platform thread start+join %.1f us, hand-off between two threads %.2f us%n%n",
                startJoinMicros, handOffMicros);
        json.put("substrate", Map.of("threadStartJoinMicros", startJoinMicros, "handOffMicros", handOffMicros,
                "default", Substrate.configured().name().toLowerCase(Locale.ROOT)));

        System.out.printf(Locale.ROOT, "%-38s %-5s %6s | %9s %9s %9s %6s | %8s %8s %8s%n", "substrates", "bound", "execs",
                "threads/s", "pooled/s", "virtual/s", "best", "thr us/x", "pool us/x", "virt us/x");
        System.out.println("(the same search at the default bound on a fresh platform thread per logical thread, on pooled"
                + " platform carriers and on virtual threads sharing one carrier (JDK 21+; '-' where there are none), in turn,"
                + " three rounds of at least 30 ms of repeated searches each, the fastest round of each: executions/s of each,"
                + " the fastest over threads, and microseconds per execution)");
        for (Substrate sub : Substrate.available()) { // warm each
            on(sub, () -> Explorer.explore(new ScenarioSource(warm, warm.defaultBound()), ExplorerOptions.defaults()));
        }
        List<Map<String, Object>> substrates = new ArrayList<>();
        for (Scenario s : scenarios) {
            substrates.add(substrates(s));
        }
        json.put("substrates", substrates);
        System.out.println();

        System.out.printf(Locale.ROOT, "%-38s %-5s %-10s %6s %6s %7s %7s %8s %8s | %6s %6s %7s %5s | %8s %6s %10s %5s %5s %6s%n",
                "scenario", "bound", "verdict", "execs", "before", "1st cx", "before", "total", "before",
                "execs", "/s", "total", "@+1", "us/exec", "before", "st/thr", "ovh", "opt", "KB/ex");
        System.out.println("(default bound, now and before: executions, time to the first counterexample, whole run;"
                + " @+1: one more thread, " + largerMillis / 1000 + " s budget; us/exec: microseconds per execution of the DPOR"
                + " search alone, now and recording every trace as before; st/thr: steps and threads per execution;"
                + " ovh: us/exec / (its thread starts + hand-offs at the substrate's limit);"
                + " opt: executions per Mazurkiewicz trace of auto's DPOR, fixed variants; a lower bound where objects are created"
                + " during the run, as they are named by the order they are met; KB/ex: kilobytes the default run allocates per"
                + " execution, a measure of the explorer's own work that a busy machine hardly moves)");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Scenario s : scenarios) {
            rows.add(scenario(s, largerMillis, startJoinMicros, handOffMicros));
        }
        json.put("scenarios", rows);

        System.out.printf(Locale.ROOT, "%n%-22s %7s | %7s %6s %5s %6s | %7s %6s | %7s %6s %5s%n", "DPOR benchmark", "traces",
                "optimal", "ratio", "all?", "traces", "source", "ratio", "classic", "ratio", "all?");
        System.out.println("(traces: distinct happens-before orders reached by depth-first search with sleep sets alone;"
                + " optimal: wakeup trees (auto's search), source: source sets (strategy dpor), classic: DPOR before this work;"
                + " executions, executions per trace (1.0 is optimal), whether every trace was reached; optimal's traces: the distinct"
                + " ones it reached, the count when sleep-set search was capped (>=))");
        List<Map<String, Object>> programs = new ArrayList<>();
        for (ProgramSource p : List.<ProgramSource>of(
                new BenchSource(LastZero.class, 3), new BenchSource(LastZero.class, 4), new BenchSource(LastZero.class, 5),
                new BenchSource(ReadersWriters.class, 2, 2), new BenchSource(ReadersWriters.class, 3, 2),
                new BenchSource(Indexer.class, 2, 2, 4), new BenchSource(Indexer.class, 3, 2, 6),
                new BenchSource(FileSystem.class, 2, 2, 2), new BenchSource(FileSystem.class, 3, 2, 2))) {
            programs.add(program(p));
        }
        json.put("dporBenchmarks", programs);

        Path out = Path.of(System.getProperty("bench.out", "target/bench/explorer-benchmark.json"));
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
        System.out.println("\nresults: " + out.toAbsolutePath());
        System.exit(0); // a JVM of its own (see the bench profile): nothing left to wait for
    }

    /** Runs an exploration on the given substrate (the property is read per execution). */
    private static Exploration on(Substrate substrate, java.util.function.Supplier<Exploration> run) {
        return tcheck.checker.WithProperty.with(Substrate.PROPERTY, substrate.name().toLowerCase(Locale.ROOT), run);
    }

    /** Searches run back to back for at least {@link #MEASURED_NANOS}: their executions, their time, the last one. */
    private record Timed(long executions, long nanos, Exploration last) {
        double rate() {
            return executions * 1e9 / Math.max(1, nanos);
        }

        double micros() {
            return nanos / 1000.0 / Math.max(1, executions);
        }
    }

    /** Long enough for a timer to see a search of three executions (under a millisecond on pooled carriers). */
    private static final long MEASURED_NANOS = 30_000_000L;

    private static Timed timed(Substrate sub, Scenario s) {
        long executions = 0;
        long start = System.nanoTime();
        long nanos;
        Exploration e;
        do {
            e = on(sub, () -> Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults()));
            executions += e.executions();
            nanos = System.nanoTime() - start;
        } while (nanos < MEASURED_NANOS);
        return new Timed(executions, nanos, e);
    }

    /**
     * The same search on each substrate, alternately, three rounds: in each round a substrate repeats the
     * search for at least 30 ms (a search of a few executions takes less than the timer's millisecond),
     * and the fastest round of each counts, so that neither pays alone for a pause of the shared machine
     * or for going first.
     */
    private static Map<String, Object> substrates(Scenario s) {
        Bound bound = s.defaultBound();
        List<Substrate> subs = Substrate.available();
        Map<Substrate, Timed> fastest = new java.util.EnumMap<>(Substrate.class);
        for (int i = 0; i < 3; i++) {
            for (Substrate sub : subs) {
                Timed t = timed(sub, s);
                Timed was = fastest.get(sub);
                fastest.put(sub, was == null || t.rate() > was.rate() ? t : was);
            }
        }
        Timed onThreads = fastest.get(Substrate.THREADS);
        Timed onPooled = fastest.get(Substrate.POOLED);
        Timed onVirtual = fastest.get(Substrate.VIRTUAL);
        Exploration threads = onThreads.last();
        Exploration pooled = onPooled.last();
        double top = Math.max(onPooled.rate(), onVirtual == null ? 0 : onVirtual.rate());
        double ratio = top / Math.max(1e-9, onThreads.rate());
        System.out.printf(Locale.ROOT, "%-38s %-5s %6d | %9.0f %9.0f %9s %5.1fx | %8.0f %8.0f %8s%n", s.id(), bound, pooled.executions(),
                onThreads.rate(), onPooled.rate(), onVirtual == null ? "-" : String.format(Locale.ROOT, "%.0f", onVirtual.rate()), ratio,
                onThreads.micros(), onPooled.micros(), onVirtual == null ? "-" : String.format(Locale.ROOT, "%.0f", onVirtual.micros()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenario", s.id());
        row.put("bound", bound.toString());
        boolean same = true;
        for (Substrate sub : subs) {
            Timed t = fastest.get(sub);
            Exploration e = t.last();
            Map<String, Object> f = figures(e);
            f.put("executionsPerSecond", t.rate()); // measured over repeated searches, not one run's milliseconds
            f.put("microsPerExecution", t.micros());
            row.put(sub.name().toLowerCase(Locale.ROOT), f);
            same &= java.util.Objects.equals(threads.schedule(), e.schedule()) && threads.executions() == e.executions()
                    && java.util.Objects.equals(threads.verdict(), e.verdict());
        }
        row.put("sameSchedule", same);
        row.put("pooledOverThreadsExecutionsPerSecond", onPooled.rate() / Math.max(1e-9, onThreads.rate()));
        if (onVirtual != null) {
            row.put("virtualOverThreadsExecutionsPerSecond", onVirtual.rate() / Math.max(1e-9, onThreads.rate()));
        }
        row.put("fastestOverThreadsExecutionsPerSecond", ratio);
        return row;
    }

    /**
     * Bytes allocated so far by every live platform thread: the explorer's and its carriers' (which
     * also carry the virtual threads). It varies by a few percent from run to run (when the JIT compiles
     * what, and so which allocations it removes), where the times on this shared machine vary by a fifth.
     */
    private static long allocated() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }

    private static Map<String, Object> scenario(Scenario s, long largerMillis, double startJoin, double handOff) {
        Bound bound = s.defaultBound();
        Bound larger = new Bound(bound.threads() + 1, bound.operations(), bound.capacity());
        // unmeasured: a run leaves its classes to the next, so the first of "before" and "now" would pay alone for them
        Explorer.explore(new ScenarioSource(s, bound), ExplorerOptions.defaults());
        Exploration before = Explorer.explore(new ScenarioSource(s, bound), ExplorerOptions.defaults().withBaseline(true));
        long allocatedBefore = allocated();
        Exploration now = Explorer.explore(new ScenarioSource(s, bound), ExplorerOptions.defaults());
        double kilobytesPerExec = (allocated() - allocatedBefore) / 1024.0 / Math.max(1, now.executions());
        Exploration big = Explorer.explore(new ScenarioSource(s, larger), ExplorerOptions.defaults().withBudget(50_000, largerMillis));
        boolean fixed = s.expected() == tcheck.scenario.Expected.FIXED;
        Mazurkiewicz.Coverage cov = Mazurkiewicz.explore(new ScenarioSource(s, bound), new OptimalDpor(), fixed ? 20_000 : 300);
        Mazurkiewicz.Coverage recorded = Mazurkiewicz.explore(new ScenarioSource(s, bound), new OptimalDpor(), fixed ? 20_000 : 300, true);
        double perExecMicros = cov.millis() * 1000.0 / Math.max(1, cov.executions());
        double perExecRecordedMicros = recorded.millis() * 1000.0 / Math.max(1, recorded.executions());
        double stepsPerExec = cov.steps() / (double) Math.max(1, cov.executions());
        double threadsPerExec = cov.threads() / (double) Math.max(1, cov.executions());
        double limit = threadsPerExec * startJoin + stepsPerExec * handOff;
        double overhead = perExecMicros / limit;
        Double optimum = fixed && cov.complete() ? cov.ratio() : null;
        double rateBefore = rate(before);
        double rateNow = rate(now);
        System.out.printf(Locale.ROOT, "%-38s %-5s %-10s %6d %6d %7s %7s %8s %8s | %6d %6.0f %7s %5s | %8.0f %6.0f %10s %4.1fx %5s %6.0f%n",
                s.id(), bound, verdict(now), now.executions(), before.executions(), first(now), first(before), ms(now.millis()),
                ms(before.millis()), big.executions(), rate(big), ms(big.millis()), big.verdict() == Verdict.VERIFIED ? "ok"
                        : big.foundCounterexample() ? "cx" : big.verdict().label().substring(0, Math.min(5, big.verdict().label().length())),
                perExecMicros, perExecRecordedMicros, String.format(Locale.ROOT, "%.0f/%.1f", stepsPerExec, threadsPerExec),
                overhead, optimum == null ? "-" : String.format(Locale.ROOT, "%.2f", optimum), kilobytesPerExec);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenario", s.id());
        row.put("bound", bound.toString());
        row.put("before", figures(before));
        row.put("now", figures(now));
        row.put("speedupExecutionsPerSecond", rateNow / Math.max(1e-9, rateBefore));
        row.put("largerBound", larger.toString());
        row.put("larger", figures(big));
        row.put("stepsPerExecution", stepsPerExec);
        row.put("threadsPerExecution", threadsPerExec);
        row.put("microsPerExecution", perExecMicros);
        row.put("microsPerExecutionRecordingEveryTrace", perExecRecordedMicros);
        row.put("substrateLimitMicrosPerExecution", limit);
        row.put("overheadRatio", overhead);
        row.put("allocatedKilobytesPerExecution", kilobytesPerExec);
        row.put("dporExecutionsPerTrace", optimum);
        row.put("traces", fixed && cov.complete() ? cov.traces().size() : null);
        return row;
    }

    private static Map<String, Object> program(ProgramSource p) {
        Mazurkiewicz.Coverage sleep = Mazurkiewicz.explore(p, DepthFirstSearch.sleepSetsOnly(), 50_000);
        Mazurkiewicz.Coverage optimal = Mazurkiewicz.explore(p, new OptimalDpor(), 50_000);
        Mazurkiewicz.Coverage dpor = Mazurkiewicz.explore(p, DepthFirstSearch.dpor(), 50_000);
        Mazurkiewicz.Coverage classic = Mazurkiewicz.explore(p, DepthFirstSearch.classicDpor(), 50_000);
        int traces = sleep.traces().size();
        boolean optimalAll = optimal.traces().containsAll(sleep.traces());
        boolean all = dpor.traces().containsAll(sleep.traces());
        boolean classicAll = classic.traces().containsAll(sleep.traces());
        double t = Math.max(1, traces);
        System.out.printf(Locale.ROOT, "%-22s %7s | %7d %5.2fx %5s %6d | %7d %5.2fx | %7d %5.2fx %5s%n", p.describe(),
                (sleep.complete() ? "" : ">=") + traces, optimal.executions(), optimal.executions() / t, optimalAll ? "yes" : "NO",
                optimal.traces().size(),
                dpor.executions(), dpor.executions() / t, classic.executions(), classic.executions() / t, classicAll ? "yes" : "NO");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("program", p.describe());
        row.put("traces", traces);
        row.put("tracesComplete", sleep.complete());
        row.put("sleepSetExecutions", sleep.executions());
        row.put("optimalDporExecutions", optimal.executions());
        row.put("optimalDporSleepBlocked", optimal.redundant());
        row.put("optimalDporReachedEveryTrace", optimalAll);
        row.put("optimalDporTraces", optimal.traces().size());
        row.put("optimalRatio", optimal.executions() / t);
        row.put("dporExecutions", dpor.executions());
        row.put("dporSleepBlocked", dpor.redundant());
        row.put("dporReachedEveryTrace", all);
        row.put("classicDporExecutions", classic.executions());
        row.put("classicDporReachedEveryTrace", classicAll);
        row.put("ratio", dpor.executions() / t);
        row.put("classicRatio", classic.executions() / t);
        return row;
    }

    private static Map<String, Object> figures(Exploration e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", e.verdict());
        m.put("kind", e.kind());
        m.put("executions", e.executions());
        m.put("millis", e.millis());
        m.put("executionsPerSecond", rate(e));
        m.put("firstCounterexampleMillis", e.firstCounterexampleMillis() < 0 ? null : e.firstCounterexampleMillis());
        m.put("verifyMillis", e.verdict() == Verdict.VERIFIED ? e.millis() : null);
        m.put("schedule", e.schedule());
        return m;
    }

    private static double rate(Exploration e) {
        return e.executions() * 1000.0 / Math.max(1, e.millis());
    }

    private static String verdict(Exploration e) {
        return e.kind() != null ? e.kind().label() : e.verdict().label();
    }

    private static String first(Exploration e) {
        return e.firstCounterexampleMillis() < 0 ? "-" : ms(e.firstCounterexampleMillis());
    }

    private static String ms(long millis) {
        return millis < 1000 ? millis + "ms" : String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }

    /** A platform thread that does nothing, started and joined, on average. */
    static double threadStartJoinMicros() throws InterruptedException {
        int n = 2_000;
        for (int i = 0; i < 200; i++) {
            Thread t = new Thread(() -> { });
            t.start();
            t.join();
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> { });
            t.start();
            t.join();
        }
        return (System.nanoTime() - start) / 1000.0 / n;
    }

    /** One hand-off of the turn between two threads through semaphores (as the explorer's steps do), on average. */
    static double handOffMicros() throws InterruptedException {
        int n = 50_000;
        Semaphore a = new Semaphore(0);
        Semaphore b = new Semaphore(0);
        Thread other = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                a.acquireUninterruptibly();
                b.release();
            }
        });
        other.start();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            a.release();
            b.acquireUninterruptibly();
        }
        long took = System.nanoTime() - start;
        other.join();
        return took / 1000.0 / (2.0 * n);
    }
}
