package tcheck.conformance;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.RunnableSource;
import tcheck.conformance.plain.PoliteLivelock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A livelock is reported with the fewest preemptions, counted over its prefix and one lap, as found
 * on the map of reachable states; an independent search agrees: the preemption-bounded search with
 * one fewer finds none and goes through everything it can reach, with that many it finds one, and
 * the lasso replays to the same livelock.
 */
class LivelockFewestPreemptionsTest {
    private static final String POLITE = PoliteLivelock.class.getName();

    private static Exploration explore(ExplorerOptions options) {
        return Explorer.explore(RunnableSource.of(POLITE, LivelockFewestPreemptionsTest.class.getClassLoader(), ConformanceTest::selected),
                options.withMaxSteps(200));
    }

    /**
     * An atomic variable's value is part of the state: the lap of the hallway's livelock goes aside and
     * back (each person sets their side twice), not only aside, after which the sides differ from
     * where the lap began.
     */
    @Test
    void aLapComesBackToTheSameValuesOfTheAtomics() {
        Exploration e = Explorer.explore(RunnableSource.of(tcheck.conformance.atomics.SteppingAside.class.getName(),
                LivelockFewestPreemptionsTest.class.getClassLoader(), ConformanceTest::selected), ExplorerOptions.defaults());
        assertEquals(tcheck.results.FailureKind.LIVELOCK, e.kind(), e.message());
        @SuppressWarnings("unchecked")
        java.util.List<String> lap = (java.util.List<String>) e.details().get("cycle");
        assertEquals(2, lap.stream().filter(a -> a.startsWith("alice: side[0].set(")).count(), "aside and back: " + lap);
        assertEquals(2, lap.stream().filter(a -> a.startsWith("bob: side[1].set(")).count(), "aside and back: " + lap);
        assertTrue(e.details().get("statesMapped") instanceof Integer, "the fewest preemptions, found on the map: " + e.details());
    }

    @Test
    void aMapCutByItsBudgetKeepsTheLivelockFoundAndSaysAFewerOneMayExist() {
        Exploration full = explore(ExplorerOptions.defaults());
        Exploration cut = explore(ExplorerOptions.defaults().withFewerPreemptionsSearch(20));
        assertEquals(tcheck.results.FailureKind.LIVELOCK, cut.kind(), cut.message());
        assertTrue(String.valueOf(cut.details().get("budgetCut")).contains("may exist"), cut.details().toString());
        assertFalse(cut.details().containsKey("statesMapped"), "a map cut short proves nothing: " + cut.details());
        assertTrue(cut.strategy().contains("cut by the budget"), cut.strategy());
        assertTrue(cut.preemptions() > full.preemptions(), "the livelock first found, not the fewest: " + cut.preemptions());
    }

    @Test
    void politeThreadsLivelockWithTheFewestPreemptions() {
        Exploration e = explore(ExplorerOptions.defaults());
        assertEquals(tcheck.results.FailureKind.LIVELOCK, e.kind(), e.message());
        assertTrue(e.details().get("statesMapped") instanceof Integer n && n > 0, "found on the map of states: " + e.details());
        assertFalse(e.details().containsKey("budgetCut"), e.details().toString());
        assertTrue(e.schedule().endsWith(")*"), "a lasso: " + e.schedule());
        int start = (Integer) e.details().get("cycleStart");
        int length = (Integer) e.details().get("cycleLength");
        assertEquals(start + length - 1, e.trace().size(), "prefix and one lap");
        long shownPreemptions = e.trace().size() > 0 ? e.preemptions() : -1;
        assertTrue(shownPreemptions > 0, "a fair lap of two threads that never block switches between them");

        Exploration fewer = explore(ExplorerOptions.defaults().withStrategy("pb").withMaxPreemptions(e.preemptions() - 1));
        assertFalse(fewer.foundCounterexample() && fewer.kind() == tcheck.results.FailureKind.LIVELOCK, "fewer preemptions: " + fewer.schedule());
        assertFalse(fewer.details().containsKey("budgetCut"), fewer.message());

        Exploration at = explore(ExplorerOptions.defaults().withStrategy("pb").withMaxPreemptions(e.preemptions()));
        assertEquals(tcheck.results.FailureKind.LIVELOCK, at.kind(), "the preemption-bounded search at that count finds one: " + at.message());
        assertEquals(e.preemptions(), at.preemptions());

        Exploration replay = explore(ExplorerOptions.defaults().withSchedule(e.schedule()));
        assertEquals(tcheck.results.FailureKind.LIVELOCK, replay.kind(), replay.message());
        assertEquals(e.schedule(), replay.schedule());
        assertEquals(e.message(), replay.message());
    }
}
