package tcheck.engines.realthreads;

import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.scenario.Bound;
import tcheck.scenarios.pcpcondition.IfWaitScenario;
import tcheck.scenarios.pcpcondition.LostWakeupScenario;
import tcheck.scenarios.pcpcondition.NotifyAllScenario;
import tcheck.scenarios.pcpcondition.TwoConditionsScenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pcp-condition family on real threads: 2 producers and 2 consumers x 10,000 items through a
 * buffer of capacity 1, so nearly every put and take waits or wakes someone. The buggy variants can
 * hang for real; they run on daemon threads with a short deadline, a run counts as stuck once every
 * live thread has sat WAITING for {@link ProgramOnRealThreads#STUCK_FOR}, and a stuck run's threads
 * are interrupted so they end.
 */
class PcpConditionRealThreadTest {
    private static final Bound LARGE = new Bound(2, 10_000, 1);
    private static final int FIXED_RUNS = 5;
    private static final int IF_WAIT_RUNS = 10;
    /** Fewer: a stuck run costs {@link ProgramOnRealThreads#STUCK_FOR} and more. */
    private static final int LOST_WAKEUP_RUNS = 5;
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration BUGGY_DEADLINE = Duration.ofSeconds(3);

    @Test
    void twoConditionsBufferHandsOverEveryItem() {
        RealThreadCampaign.run(new TwoConditionsScenario(), LARGE, FIXED_RUNS, DEADLINE).assertAllCleanAndRecord(Map.of());
    }

    @Test
    void notifyAllBufferHandsOverEveryItem() {
        RealThreadCampaign.run(new NotifyAllScenario(), LARGE, FIXED_RUNS, DEADLINE).assertAllCleanAndRecord(Map.of());
    }

    /**
     * {@code if} instead of {@code while} before {@code await()}. A consumer dies of
     * NoSuchElementException when another consumer barges in between its wake-up and its removal;
     * after that its share is never taken and the producers may wait forever (stuck). Measured on the
     * 2-core build machine, three campaigns of 10 runs: in 6, 9 and 9 runs (once followed by a stuck
     * run). Recorded, not asserted; asserted is only that the
     * one exception ever seen is NoSuchElementException.
     */
    @Test
    void ifWaitOnRealThreads() {
        RealThreadCampaign c = RealThreadCampaign.run(new IfWaitScenario(), LARGE, IF_WAIT_RUNS, BUGGY_DEADLINE);
        List<String> exceptions = new ArrayList<>();
        for (ProgramOnRealThreads.Run r : c.runs) {
            for (String e : r.uncaught()) {
                assertTrue(e.contains("java.util.NoSuchElementException"), e);
            }
            exceptions.addAll(r.uncaught());
        }
        long threw = c.count(r -> !r.uncaught().isEmpty());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("exceptions", RealThreadCampaign.firstDistinct(exceptions, 4));
        figures.put("stuckAfterAnException", c.count(r -> r.stuck() && !r.uncaught().isEmpty()));
        c.recordBuggy(FailureKind.EXCEPTION, threw, "a consumer died of NoSuchElementException in " + threw + " of "
                + c.runs.size() + " runs at " + LARGE, figures);
    }

    /**
     * {@code notify()} on one monitor shared by both roles. When a wake-up goes to the wrong role
     * every thread ends up in {@code wait()}; the run is then stuck and counted (the threads' states
     * and monitors, from ThreadMXBean, go into the results file). This is not a JVM deadlock
     * (no lock cycle, so {@code findDeadlockedThreads()} sees nothing): it is every thread waiting
     * for a notify nobody will send. Measured on the 2-core build machine: every run got stuck (10 of
     * 10, 5 of 5, 5 of 5), all four threads WAITING on the buffer's monitor; at this size a lost
     * wake-up is close to certain. Recorded, not asserted;
     * asserted is that nothing throws and that a run that does finish handed over every item.
     */
    @Test
    void lostWakeupOnRealThreads() {
        RealThreadCampaign c = RealThreadCampaign.run(new LostWakeupScenario(), LARGE, LOST_WAKEUP_RUNS, BUGGY_DEADLINE);
        List<String> waiting = new ArrayList<>();
        for (ProgramOnRealThreads.Run r : c.runs) {
            assertTrue(r.uncaught().isEmpty(), r.uncaught().toString());
            if (r.finished()) {
                assertNull(r.violation(), () -> r.violation().getMessage());
            }
            if (r.stuck() && waiting.isEmpty()) {
                waiting.addAll(r.waiting());
            }
        }
        long stuck = c.count(ProgramOnRealThreads.Run::stuck);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("firstStuckRunThreads", waiting);
        figures.put("unfinishedNotStuck", c.count(r -> !r.finished() && !r.stuck()));
        c.recordBuggy(FailureKind.DEADLOCK, stuck, "every thread waiting (lost wake-up) in " + stuck + " of " + c.runs.size()
                + " runs at " + LARGE, figures);
    }
}
