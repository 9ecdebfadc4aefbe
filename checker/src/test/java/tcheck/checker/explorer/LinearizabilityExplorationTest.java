package tcheck.checker.explorer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
            assertEquals("verified", e.verdict(), id + ": " + e.message());
        } else if ("deadlock".equals(s.expectedKind())) {
            assertEquals("deadlock", e.kind(), id + ": " + e.message());
        } else {
            assertEquals("non-linearizable", e.kind(), id + ": " + e.message());
            assertNotNull(e.details().get("history"), "the witness history is reported");
            assertTrue(String.valueOf(e.details().get("history")).contains("|") || !e.trace().isEmpty());
            System.out.println(id + ": " + e.message() + "\n" + e.details().get("history"));
        }
    }
}
