package tcheck.engines.realthreads;

import tcheck.results.FailureKind;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One scenario variant run many times on real threads at one bound, with the figures the results
 * file reports: how many runs finished, ran clean, threw, broke the final-state check, got stuck,
 * and how long runs took.
 */
final class RealThreadCampaign {
    final Scenario scenario;
    final Bound bound;
    final List<ProgramOnRealThreads.Run> runs;
    final long millis;

    private RealThreadCampaign(Scenario scenario, Bound bound, List<ProgramOnRealThreads.Run> runs, long millis) {
        this.scenario = scenario;
        this.bound = bound;
        this.runs = runs;
        this.millis = millis;
    }

    /** Runs a fresh program of {@code scenario} at {@code bound} {@code times} times, each within {@code deadline}. */
    static RealThreadCampaign run(Scenario scenario, Bound bound, int times, Duration deadline) {
        long start = System.nanoTime();
        ProgramOnRealThreads.Run[] out = new ProgramOnRealThreads.Run[times];
        for (int i = 0; i < times; i++) {
            out[i] = ProgramOnRealThreads.run(scenario.newProgram(bound), deadline);
        }
        return new RealThreadCampaign(scenario, bound, List.of(out), (System.nanoTime() - start) / 1_000_000);
    }

    long count(Predicate<ProgramOnRealThreads.Run> p) {
        return runs.stream().filter(p).count();
    }

    /** The figures every real-thread result carries; callers add their own. */
    Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bound", bound.toString());
        d.put("boundMeaning", scenario.boundMeaning());
        d.put("runs", runs.size());
        d.put("finished", count(ProgramOnRealThreads.Run::finished));
        d.put("clean", count(ProgramOnRealThreads.Run::clean));
        d.put("withUncaughtException", count(r -> !r.uncaught().isEmpty()));
        d.put("withViolation", count(r -> r.violation() != null));
        d.put("stuckAllWaiting", count(ProgramOnRealThreads.Run::stuck));
        long[] ms = runs.stream().filter(ProgramOnRealThreads.Run::finished).mapToLong(r -> r.nanos() / 1_000_000)
                .sorted().toArray();
        if (ms.length > 0) {
            d.put("finishedRunMillis", Map.of("min", ms[0], "median", ms[ms.length / 2], "max", ms[ms.length - 1]));
        }
        return d;
    }

    /** A fixed variant: every run must finish in time, throw nothing and pass its check. Writes "passed". */
    void assertAllCleanAndRecord(Map<String, Object> extra) {
        for (int i = 0; i < runs.size(); i++) {
            ProgramOnRealThreads.Run r = runs.get(i);
            String which = scenario.id() + " run " + (i + 1) + "/" + runs.size() + " at " + bound;
            if (!r.finished()) {
                fail(which + " did not finish" + (r.stuck() ? ", every thread waiting: " : ": ") + r.waiting());
            }
            assertTrue(r.uncaught().isEmpty(), which + " threw: " + r.uncaught());
            if (r.violation() != null) {
                fail(which + ": " + r.violation().getMessage());
            }
        }
        Map<String, Object> d = details();
        d.putAll(extra);
        RealThreadResults.of(scenario, Verdict.PASSED, null, runs.size(), millis,
                runs.size() + " of " + runs.size() + " runs at " + bound + " finished and met every property", d);
    }

    /**
     * A buggy variant: records what the runs showed, never asserting that the OS interleaves badly.
     *
     * @param observed how many runs showed the bug ("counterexample" if any, else "not-observed")
     * @param message  one line saying what was seen, with the figures
     */
    void recordBuggy(FailureKind kind, long observed, String message, Map<String, Object> extra) {
        Map<String, Object> d = details();
        d.put("showedTheBug", observed);
        d.putAll(extra);
        RealThreadResults.of(scenario, observed > 0 ? Verdict.COUNTEREXAMPLE : Verdict.NOT_OBSERVED, observed > 0 ? kind : null,
                runs.size(), millis, message, d);
    }

    /** The first few distinct messages of a kind, for the results' details. */
    static List<String> firstDistinct(List<String> messages, int limit) {
        return Arrays.asList(messages.stream().distinct().limit(limit).toArray(String[]::new));
    }
}
