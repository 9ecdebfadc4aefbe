package tcheck.engines.realthreads;

import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.scenario.Bound;
import tcheck.scenarios.racecounter.AtomicCounterScenario;
import tcheck.scenarios.racecounter.SynchronizedCounterScenario;
import tcheck.scenarios.racecounter.UnsynchronizedCounterScenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The race-counter family on real threads, at the seeds' scale: 2 threads x 1,000,000 increments
 * (seeds 000 and 003; seed 004 uses 50,000), 20 fresh runs per variant, each within 30 s.
 */
class RaceCounterRealThreadTest {
    private static final Bound LARGE = Bound.of(2, 1_000_000);
    private static final int RUNS = 20;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void synchronizedCounterKeepsEveryIncrement() {
        RealThreadCampaign.run(new SynchronizedCounterScenario(), LARGE, RUNS, DEADLINE).assertAllCleanAndRecord(Map.of());
    }

    @Test
    void atomicCounterKeepsEveryIncrement() {
        RealThreadCampaign.run(new AtomicCounterScenario(), LARGE, RUNS, DEADLINE).assertAllCleanAndRecord(Map.of());
    }

    /**
     * {@code count++} unsynchronized. Measured on the 2-core build machine (busy with other builds),
     * four campaigns of 20 runs: the lost update showed in 2, 1, 3 and 0 runs (a "not-observed"
     * result is honest and expected); the lowest final count was exactly 1,000,000. Rarely, because once the JIT compiles the loop it keeps {@code count} in
     * a register and the two threads seldom overlap; when they do, a whole thread's work can vanish
     * at once. The Python seeds, interpreted, lose updates on most runs. Recorded, not asserted (the
     * explorer asserts the bug; the results file's {@code showedTheBug} has this run's figure).
     * Asserted is only what holds however the OS schedules: every run finishes, nothing throws, and
     * a failing check is a lost update (never more increments than were made).
     */
    @Test
    void unsynchronizedCounterOnRealThreads() {
        RealThreadCampaign c = RealThreadCampaign.run(new UnsynchronizedCounterScenario(), LARGE, RUNS, DEADLINE);
        int expected = LARGE.threads() * LARGE.operations();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (ProgramOnRealThreads.Run r : c.runs) {
            assertTrue(r.finished(), "count++ cannot block");
            assertTrue(r.uncaught().isEmpty(), r.uncaught().toString());
            int count = (Integer) r.finalState().get("count");
            assertTrue(count <= expected, "more increments than were made: " + count);
            if (r.violation() != null) {
                assertEquals(FailureKind.INVARIANT, FailureKind.of(r.violation().kind()));
            }
            min = Math.min(min, count);
            max = Math.max(max, count);
        }
        long lost = c.count(r -> r.violation() != null);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("expectedCount", expected);
        figures.put("minFinalCount", min);
        figures.put("maxFinalCount", max);
        c.recordBuggy(FailureKind.INVARIANT, lost, "lost update in " + lost + " of " + c.runs.size() + " runs at " + LARGE
                + " (final count " + min + ".." + max + ", expected " + expected + ")", figures);
    }
}
