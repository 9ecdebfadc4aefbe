package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcheck.checker.WithProperty;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preemption-bounded search abandons a choice point whose path is the same trace as that of one
 * explored in full (see {@code CoveredPoints}): it must report exactly what the search that runs every
 * path to its end reports (the same first counterexample, its schedule, preemptions, words and trace),
 * only after fewer executions.
 */
class CoveredPointsTest {
    private static Exploration explore(String id, String strategy, boolean covered) {
        Scenario s = Catalog.select(id).get(0);
        return WithProperty.with(Explorer.COVERED_POINTS, String.valueOf(covered), () -> Explorer.explore(
                new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withStrategy(strategy)));
    }

    private static Exploration exploreSkipping(String id, String strategy, boolean skip) {
        return WithProperty.with(tcheck.checker.explorer.search.DepthFirstSearch.SKIP_COVERED_CHILDREN, String.valueOf(skip),
                () -> explore(id, strategy, true));
    }

    private static void assertSameResult(Exploration full, Exploration covered) {
        String id = full.target();
        assertEquals(full.verdict(), covered.verdict(), id);
        assertEquals(full.kind(), covered.kind(), id);
        assertEquals(full.strategy(), covered.strategy(), id);
        assertEquals(full.message(), covered.message(), id);
        assertEquals(full.schedule(), covered.schedule(), id);
        assertEquals(full.preemptions(), covered.preemptions(), id);
        assertEquals(full.trace(), covered.trace(), id);
        assertEquals(full.failingStep(), covered.failingStep(), id);
    }

    /**
     * The preemption-bounded strategy alone, from no preemption up: the deadlocks, lost updates, torn
     * reads and exceptions of the catalog, several of which need a notify to wake one waiter of
     * several (the key tells those choices apart).
     */
    @ParameterizedTest
    @ValueSource(strings = {"philosophers/greedy", "event-readers/in-place", "synchronized-queue/while-split-locks",
            "synchronized-queue/if-split-locks", "simple-queue/unused-lock", "pcp-condition/if-wait", "pcp-condition/lost-wakeup",
            "pcp-lock/check-outside-lock", "deposit-withdraw/check-then-withdraw", "worker-pool/empty-then-take",
            "barrier/one-party-too-many", "semaphore-pool/over-release"})
    void preemptionBoundedFindsWhatItFindsRunningEveryPath(String id) {
        Exploration full = explore(id, "pb", false);
        Exploration covered = explore(id, "pb", true);
        assertTrue(full.foundCounterexample(), id + ": " + full.message());
        assertSameResult(full, covered);
        assertTrue(covered.executions() <= full.executions(), id + ": " + covered.executions() + " against " + full.executions());
    }

    /** The default search: DPOR first, then the preemption-bounded searches for fewer preemptions, sharing their points. */
    @ParameterizedTest
    @ValueSource(strings = {"philosophers/greedy", "event-readers/in-place", "synchronized-queue/while-split-locks"})
    void theFewestPreemptionsAreFoundAsBefore(String id) {
        Exploration full = explore(id, "auto", false);
        Exploration covered = explore(id, "auto", true);
        assertSameResult(full, covered);
        assertTrue(covered.executions() < full.executions(), id + ": " + covered.executions() + " against " + full.executions());
    }

    /** Most of what the greedy philosophers' search runs is covered: fewer than half the executions, each shorter. */
    @Test
    void theGreedyPhilosophersNeedFarFewerExecutions() {
        Exploration full = explore("philosophers/greedy", "pb", false);
        Exploration covered = explore("philosophers/greedy", "pb", true);
        assertTrue(covered.executions() * 2 < full.executions(), covered.executions() + " against " + full.executions());
    }

    /**
     * The backing-off transfers go round fair cycles once the search allows two preemptions, after it
     * abandoned covered points: a cycle's laps cost no preemption, and whether a path meets one
     * depends on the path, not only on the state it reached. That search runs again abandoning
     * nothing (so more executions in all than without covered points), and the livelock found is the
     * same.
     */
    @Test
    void aSearchThatMeetsACycleAfterAbandoningPointsRunsAgain() {
        Exploration full = explore("lock-order/back-off", "pb", false);
        Exploration covered = explore("lock-order/back-off", "pb", true);
        assertEquals(Verdict.COUNTEREXAMPLE, covered.verdict(), covered.message());
        assertSameResult(full, covered);
        assertTrue(covered.executions() > full.executions(), covered.executions() + " against " + full.executions());
    }

    /** Without a counterexample within the bound, both say so (bounded, never verified). */
    @Test
    void noCounterexampleWithinTheBoundIsBoundedEitherWay() {
        Exploration full = explore("race-counter/synchronized", "pb", false);
        Exploration covered = explore("race-counter/synchronized", "pb", true);
        assertEquals(Verdict.BOUNDED, covered.verdict(), covered.message());
        assertEquals(full.message(), covered.message());
        assertTrue(covered.executions() <= full.executions(), covered.executions() + " against " + full.executions());
    }

    /**
     * An alternative whose first choice point is covered is skipped without running it (its key is
     * predicted from the state where it is an alternative): the same results as running it to be
     * abandoned there, by the search alone and by the default one, in fewer executions where the
     * abandoned ones were many.
     */
    @ParameterizedTest
    @ValueSource(strings = {"philosophers/greedy", "event-readers/in-place", "synchronized-queue/while-split-locks",
            "semaphore-pool/over-release", "lock-order/opposite-order", "pcp-condition/if-wait", "interleaved-printing/piecewise"})
    void alternativesSkippedUnrunChangeNothingButTheCount(String id) {
        for (String strategy : new String[] {"pb", "auto"}) {
            Exploration run = exploreSkipping(id, strategy, false);
            Exploration skipped = exploreSkipping(id, strategy, true);
            assertSameResult(run, skipped);
            assertTrue(skipped.executions() <= run.executions(), id + " " + strategy + ": " + skipped.executions() + " against " + run.executions());
        }
    }

    /** The greedy philosophers' searches for fewer preemptions abandon many alternatives at once: far fewer executions. */
    @Test
    void theGreedyPhilosophersSkipManyAlternatives() {
        Exploration run = exploreSkipping("philosophers/greedy", "auto", false);
        Exploration skipped = exploreSkipping("philosophers/greedy", "auto", true);
        assertTrue(skipped.executions() * 4 < run.executions() * 3, skipped.executions() + " against " + run.executions());
    }

    /**
     * The backing-off transfers' states come back (they go round fair cycles): whether the livelock watch
     * sees a cycle depends on the path, so once a state came back no alternative is skipped unrun. The
     * few skipped before that change nothing: the search still meets its cycle, runs again abandoning
     * nothing, and finds the same livelock.
     */
    @Test
    void whereStatesComeBackTheSearchStillRunsAgain() {
        Exploration full = explore("lock-order/back-off", "pb", false);
        Exploration run = exploreSkipping("lock-order/back-off", "pb", false);
        Exploration skipped = exploreSkipping("lock-order/back-off", "pb", true);
        assertSameResult(run, skipped);
        assertTrue(skipped.executions() <= run.executions(), skipped.executions() + " against " + run.executions());
        assertTrue(skipped.executions() > full.executions(), skipped.executions() + " against " + full.executions());
    }
}
