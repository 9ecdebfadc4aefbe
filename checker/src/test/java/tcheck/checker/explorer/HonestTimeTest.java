package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a run says about its phases when a budget cuts them short (no times are asserted). */
class HonestTimeTest {
    private static Exploration greedy(ExplorerOptions options) {
        Scenario s = Catalog.select("philosophers/greedy").get(0);
        return Explorer.explore(new ScenarioSource(s, s.defaultBound()), options);
    }

    /**
     * DPOR finds the greedy philosophers' deadlock with preemptions in a few dozen executions; an
     * execution budget just above that cuts the search for fewer preemptions short, and the result
     * says so instead of claiming there is none.
     */
    @Test
    void aCutSearchForFewerPreemptionsIsReportedAsCut() {
        Exploration dpor = greedy(ExplorerOptions.defaults().withStrategy("dpor"));
        assertTrue(dpor.foundCounterexample() && dpor.preemptions() > 0, dpor.message());
        Exploration cut = greedy(ExplorerOptions.defaults().withBudget((int) dpor.executions() + 3, 60_000));
        assertTrue(cut.foundCounterexample(), cut.message());
        assertFalse(cut.strategy().contains("no counterexample with fewer preemptions"), cut.strategy());
        assertNotNull(cut.details().get("budgetCut"), cut.details().toString());
        assertTrue(cut.firstCounterexampleMillis() >= 0 && cut.firstCounterexampleMillis() <= cut.millis());
    }

    /**
     * The search for fewer preemptions stops at a budget of its own, not the whole one: a bound whose
     * first counterexample has many preemptions would otherwise spend the whole budget there and leave
     * nothing for shrinking. Its own budget of 5 executions cuts it here; the run stops well short of
     * the whole budget, keeps the counterexample first found, and says that one with fewer may exist.
     */
    @Test
    void theSearchForFewerPreemptionsHasABudgetOfItsOwn() {
        Exploration full = greedy(ExplorerOptions.defaults());
        Exploration cut = greedy(ExplorerOptions.defaults().withFewerPreemptionsSearch(5));
        assertTrue(cut.foundCounterexample() && cut.kind() == tcheck.results.FailureKind.DEADLOCK, cut.message());
        assertTrue(String.valueOf(cut.details().get("budgetCut")).contains("may exist"), cut.details().toString());
        assertTrue(cut.executions() < full.executions() && cut.executions() < 200, cut.executions() + " executions");
        assertTrue(cut.preemptions() >= full.preemptions(), cut.preemptions() + " against " + full.preemptions());
    }

    /** The reported counterexample's trace is rendered (the search itself records none). */
    @Test
    void theReportedTraceIsRendered() {
        Exploration e = greedy(ExplorerOptions.defaults());
        assertTrue(e.foundCounterexample(), e.message());
        assertFalse(e.trace().isEmpty());
        assertTrue(e.trace().stream().allMatch(t -> t.action() != null && t.state() != null), e.trace().toString());
    }

    /**
     * Mapping the states for the livelock with the fewest preemptions (seconds at a larger bound) says
     * how far it has got, as the searches do: here every execution, so that a small map shows it.
     */
    @Test
    void mappingTheStatesSaysHowFarItHasGot() {
        Scenario s = Catalog.select("lock-order/back-off").get(0);
        java.util.List<String> said = new java.util.ArrayList<>();
        long every = Explorer.progressEveryNanos;
        Explorer.progressEveryNanos = -1;
        try {
            Exploration e = new Explorer(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults(), said::add).run();
            assertTrue(e.details().get("statesMapped") instanceof Integer, "found on the map: " + e.details());
        } finally {
            Explorer.progressEveryNanos = every;
        }
        assertTrue(said.stream().anyMatch(m -> m.contains("mapping the reachable states (") && m.contains(" so far)")), said.toString());
    }
}
