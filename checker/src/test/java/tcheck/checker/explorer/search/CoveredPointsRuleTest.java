package tcheck.checker.explorer.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a choice point counts as covered: the same trace key, and as many preemptions left with the
 * same thread last, or one more with another (its first switch may cost one the other's did not).
 */
class CoveredPointsRuleTest {
    private static final long A = 0x1234_5678_9ABC_DEF0L;
    private static final long B = 0x0FED_CBA9_8765_4321L;

    @Test
    void theSameThreadLastWithAsMuchBudgetLeftIsCovered() {
        CoveredPoints c = new CoveredPoints();
        c.add(A, B, 2, 1);
        assertTrue(c.covers(A, B, 2, 1));
        assertTrue(c.covers(A, B, 2, 0));
        assertFalse(c.covers(A, B, 2, 2), "more budget left than explored with");
    }

    @Test
    void anotherThreadLastNeedsOneMorePreemptionExploredWith() {
        CoveredPoints c = new CoveredPoints();
        c.add(A, B, 2, 1);
        assertFalse(c.covers(A, B, 3, 1), "switching away from thread 3 may cost the preemption thread 2's point did not");
        assertTrue(c.covers(A, B, 3, 0));
        assertTrue(c.covers(A, B, -1, 0));
    }

    @Test
    void anotherTraceIsNotCovered() {
        CoveredPoints c = new CoveredPoints();
        c.add(A, B, 2, 3);
        assertFalse(c.covers(A, B + 1, 2, 0), "half of the key alike is not the key");
        assertFalse(c.covers(A + 1, B, 2, 0));
    }

    @Test
    void nothingIsCoveredOnceACycleWasFollowed() {
        CoveredPoints c = new CoveredPoints();
        c.add(A, B, 2, 3);
        c.cycleFollowed();
        assertFalse(c.covers(A, B, 2, 0));
    }

    @Test
    void theLargestBudgetExploredWithCounts() {
        CoveredPoints c = new CoveredPoints();
        c.add(A, B, 2, 2);
        c.add(A, B, 2, 0); // met again under a smaller bound: what was explored with 2 left stays explored
        assertTrue(c.covers(A, B, 2, 2));
        assertTrue(c.covers(A, B, 5, 1));
    }
}
