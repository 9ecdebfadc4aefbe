package tcheck.checker.explorer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer records every execution's operations on the scenario's concurrent object and checks
 * the history against the object's sequential spec: each buggy object yields a non-linearizable
 * history (with the trace that produced it); for each fixed object, every history of the complete
 * search is linearizable. The lost wake-up is a liveness bug: its histories are linearizable (the
 * stuck operations are pending), and its counterexample stays the deadlock.
 */
class LinearizabilityExplorationTest {
    static Stream<String> objectScenarios() {
        return Catalog.all().stream().filter(s -> s.objectUnderTest(s.defaultBound()) != null).map(Scenario::id);
    }

    @ParameterizedTest
    @MethodSource("objectScenarios")
    void historiesAgainstTheSpec(String id) {
        Scenario s = Catalog.get(id);
        Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withLinearizability());
        if (s.expected() == Expected.FIXED) {
            assertEquals(Verdict.VERIFIED, e.verdict(), id + ": " + e.message());
        } else if (FailureKind.of(s.expectedKind()) == FailureKind.DEADLOCK) {
            assertEquals(FailureKind.DEADLOCK, e.kind(), id + ": " + e.message());
        } else {
            assertEquals(FailureKind.NON_LINEARIZABLE, e.kind(), id + ": " + e.message());
            assertNotNull(e.details().get("history"), "the witness history is reported");
            assertTrue(String.valueOf(e.details().get("history")).contains("|") || !e.trace().isEmpty());
            System.out.println(id + ": " + e.message() + "\n" + e.details().get("history"));
        }
    }

    /**
     * A history the checker cannot decide within its budget is neither shown wrong nor shown right:
     * the exploration is "bounded", never "non-linearizable" (nor "verified").
     */
    @org.junit.jupiter.api.Test
    void aCheckOutOfBudgetIsBoundedNotACounterexample() {
        Scenario s = Catalog.get("race-counter/synchronized");
        Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()),
                ExplorerOptions.defaults().withLinearizability().withLinearizabilitySteps(1));
        assertEquals(Verdict.BOUNDED, e.verdict(), e.message());
        assertNull(e.kind(), e.message());
        assertFalse(e.complete(), e.message());
        assertTrue(e.message().contains("linearizability check ran out of its budget"), e.message());
    }

    /** The witness says what went wrong in the object's own terms. */
    @org.junit.jupiter.api.Test
    void witnessesNameTheImpossibleResults() {
        String overdraft = history("deposit-withdraw/check-then-withdraw");
        assertTrue(overdraft.contains("withdraw(5) returned true, but in state 0 the spec returns false"),
                "both withdrawals of the last 5 succeed:\n" + overdraft);
        String lostUpdate = history("race-counter/unsynchronized");
        assertTrue(lostUpdate.contains("get() -> 1"), "two increments, then get() returns 1:\n" + lostUpdate);
        String doubleTake = history("pcp-lock/check-outside-lock");
        assertTrue(doubleTake.contains("NoSuchElementException"), "a poll that throws is a result no spec allows:\n" + doubleTake);
    }

    private static String history(String id) {
        Scenario s = Catalog.get(id);
        Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withLinearizability());
        assertEquals(FailureKind.NON_LINEARIZABLE, e.kind(), id + ": " + e.message());
        return String.valueOf(e.details().get("history"));
    }
}
