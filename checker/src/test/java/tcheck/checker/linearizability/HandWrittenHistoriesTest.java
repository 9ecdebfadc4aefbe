package tcheck.checker.linearizability;

import org.junit.jupiter.api.Test;
import tcheck.specs.AccountSpec;
import tcheck.specs.BoundedBufferSpec;
import tcheck.specs.CounterSpec;
import tcheck.specs.SequentialSpec;

import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tcheck.checker.linearizability.Histories.op;
import static tcheck.checker.linearizability.Histories.pending;

/**
 * Small histories with answers known from the literature (Herlihy and Wing's queue and register
 * examples) and from the scenarios' bugs. Event positions are written out so each case can be
 * drawn on paper.
 */
class HandWrittenHistoriesTest {
    private static final BoundedBufferSpec QUEUE = BoundedBufferSpec.unbounded();

    private static <S> LinearizabilityResult check(SequentialSpec<S> spec, History h) {
        LinearizabilityResult r = LinearizabilityChecker.check(spec, h);
        System.out.println(r.render());
        return r;
    }

    // --- queue (Herlihy & Wing 1990, figure 1 style) ---

    @Test
    void overlappingEnqueuesMayTakeEffectInEitherOrder() {
        // A: enq(x) over 1..4, B: enq(y) over 2..3; then A deq() -> y, B deq() -> x. Order enq(y), enq(x) explains it.
        History h = History.of(
                op("A", 1, 4, "put", null, "x"),
                op("B", 2, 3, "put", null, "y"),
                op("A", 5, 6, "poll", "y"),
                op("B", 7, 8, "poll", "x"));
        LinearizabilityResult r = check(QUEUE, h);
        assertTrue(r.linearizable());
        assertEquals("y", r.linearization().get(0).op().args().get(0), "the witness enqueues y first");
    }

    @Test
    void sequentialEnqueuesMustLeaveInFifoOrder() {
        // enq(x) returned before enq(y) was invoked, so the first deq must return x, not y.
        History h = History.of(
                op("A", 1, 2, "put", null, "x"),
                op("B", 3, 4, "put", null, "y"),
                op("A", 5, 6, "poll", "y"));
        LinearizabilityResult r = check(QUEUE, h);
        assertFalse(r.linearizable());
        assertEquals("poll", r.stuckAt().name());
        assertTrue(r.render().contains("NOT linearizable"));
    }

    @Test
    void dequeueOverlappingTheEnqueueMaySeeTheItem() {
        History h = History.of(
                op("A", 1, 4, "put", null, 1),
                op("B", 2, 3, "take", 1));
        assertTrue(check(QUEUE, h).linearizable());
    }

    @Test
    void blockingTakeCannotReturnBeforeAnyPutStarted() {
        // B's take returned 1 before A even invoked put(1): at the take's linearization point the buffer was empty.
        History h = History.of(
                op("B", 1, 2, "take", 1),
                op("A", 3, 4, "put", null, 1));
        LinearizabilityResult r = check(QUEUE, h);
        assertFalse(r.linearizable());
        assertTrue(r.reason().contains("not enabled"), r.reason());
    }

    @Test
    void twoTakesCannotBothGetTheOnlyItem() {
        // The if-instead-of-while bug seen as a history: one put, two overlapping takes both return it.
        History h = History.of(
                op("P", 1, 2, "put", null, 7),
                op("C1", 3, 6, "take", 7),
                op("C2", 4, 5, "take", 7));
        assertFalse(check(new BoundedBufferSpec(1), h).linearizable());
    }

    @Test
    void pollThatThrowsIsNotLinearizable() {
        // The check-then-act race of "PCP without Condition": the consumer saw an item, another took it, removeFirst() threw.
        History h = History.of(
                op("P", 1, 2, "put", null, 7),
                op("C1", 3, 6, "poll", new NoSuchElementException()),
                op("C2", 4, 5, "poll", 7));
        LinearizabilityResult r = check(QUEUE, h);
        assertFalse(r.linearizable());
        assertTrue(r.render().contains("throws NoSuchElementException"));
    }

    // --- register ---

    @Test
    void staleReadAfterACompletedWriteIsNotLinearizable() {
        History h = History.of(
                op("A", 1, 2, "write", null, 1),
                op("B", 3, 4, "read", 0));
        LinearizabilityResult r = check(new RegisterSpec(), h);
        assertFalse(r.linearizable());
        assertEquals(1, r.longestPrefix().size(), "the write alone is the longest linearizable prefix");
        assertEquals("read", r.stuckAt().name());
        assertTrue(r.reason().contains("spec returns 1"), r.reason());
    }

    @Test
    void readOverlappingAWriteMaySeeEitherValue() {
        assertTrue(check(new RegisterSpec(), History.of(
                op("A", 1, 4, "write", null, 1),
                op("B", 2, 3, "read", 0))).linearizable());
        assertTrue(check(new RegisterSpec(), History.of(
                op("A", 1, 4, "write", null, 1),
                op("B", 2, 3, "read", 1))).linearizable());
    }

    @Test
    void newOldInversionIsNotLinearizable() {
        // Both reads overlap the write, but B saw the new value and returned before C, which saw the old one.
        History h = History.of(
                op("A", 1, 8, "write", null, 1),
                op("B", 2, 3, "read", 1),
                op("C", 4, 5, "read", 0));
        assertFalse(check(new RegisterSpec(), h).linearizable());
    }

    // --- the scenarios' objects ---

    @Test
    void lostUpdateOnACounterIsNotLinearizable() {
        History h = History.of(
                op("T1", 1, 3, "increment", null),
                op("T2", 2, 4, "increment", null),
                op("T1", 5, 6, "get", 1));
        LinearizabilityResult r = check(new CounterSpec(), h);
        assertFalse(r.linearizable());
        assertEquals(2, r.longestPrefix().size());
        assertTrue(r.reason().contains("spec returns 2"), r.reason());
    }

    @Test
    void overlappingIncrementsThatBothCountAreLinearizable() {
        History h = History.of(
                op("T1", 1, 3, "increment", null),
                op("T2", 2, 4, "increment", null),
                op("T1", 5, 6, "get", 2));
        assertTrue(check(new CounterSpec(), h).linearizable());
    }

    @Test
    void getOverlappingAnIncrementMaySeeTheOldCount() {
        History h = History.of(
                op("T1", 1, 4, "increment", null),
                op("T2", 2, 3, "get", 0));
        assertTrue(check(new CounterSpec(), h).linearizable());
    }

    @Test
    void overdraftIsNotLinearizable() {
        History h = History.of(
                op("T1", 1, 2, "deposit", null, 5),
                op("T1", 3, 5, "withdraw", true, 5),
                op("T2", 4, 6, "withdraw", true, 5));
        assertFalse(check(new AccountSpec(), h).linearizable());
    }

    @Test
    void oneOfTwoRacingWithdrawalsFailingIsLinearizable() {
        History h = History.of(
                op("T1", 1, 2, "deposit", null, 5),
                op("T1", 3, 6, "withdraw", true, 5),
                op("T2", 4, 5, "withdraw", false, 5),
                op("T2", 7, 8, "balance", 0));
        assertTrue(check(new AccountSpec(), h).linearizable());
    }

    // --- pending operations ---

    @Test
    void pendingPutMayHaveTakenEffect() {
        // P's put never returned (say the run was cut), but C took its item: the put must be linearized.
        History h = History.of(
                pending("P", 1, "put", 9),
                op("C", 2, 3, "take", 9));
        LinearizabilityResult r = check(new BoundedBufferSpec(1), h);
        assertTrue(r.linearizable());
        assertEquals(2, r.linearization().size());
    }

    @Test
    void pendingTakeMayBeLeftOut() {
        // C waits forever on an empty buffer; the completed part alone is a legal history.
        History h = History.of(
                pending("C", 1, "take"),
                op("P", 2, 3, "poll", null));
        LinearizabilityResult r = check(new BoundedBufferSpec(1), h);
        assertTrue(r.linearizable());
        assertEquals(1, r.linearization().size());
    }

    @Test
    void memoizationPrunesRepeatedStates() {
        // Four overlapping increments reach state 4 along 4! orders; the memo keeps one per linearized set.
        History.Builder b = History.builder();
        int[] handles = new int[4];
        for (int t = 0; t < 4; t++) {
            handles[t] = b.invoke("T" + (t + 1), "increment");
        }
        for (int t = 0; t < 4; t++) {
            b.respond(handles[t], null);
        }
        b.respond(b.invoke("T1", "get"), 3); // lost update: forces the whole search
        LinearizabilityResult r = check(new CounterSpec(), b.build());
        assertFalse(r.linearizable());
        assertTrue(r.cacheHits() > 0, "cache hits: " + r.cacheHits());
        assertNotNull(r.details().get("longestPrefix"));
    }

    @Test
    void anExhaustedBudgetSaysUnknownAndBlamesNoOperation() {
        History h = History.of(
                op("T1", 1, 3, "increment", null),
                op("T2", 2, 4, "increment", null),
                op("T1", 5, 6, "get", 1));
        LinearizabilityResult r = LinearizabilityChecker.check(new CounterSpec(), h, 2);
        System.out.println(r.render());
        assertEquals(LinearizabilityResult.Verdict.UNKNOWN, r.verdict());
        assertFalse(r.linearizable());
        assertEquals(null, r.stuckAt());
        assertTrue(r.render().contains("budget"));
    }
}
