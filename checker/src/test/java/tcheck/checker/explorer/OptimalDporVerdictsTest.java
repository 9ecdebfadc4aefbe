package tcheck.checker.explorer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Optimal DPOR (wakeup trees) gives every catalog scenario its expected verdict, in no more executions than DPOR. */
class OptimalDporVerdictsTest {
    static List<Scenario> scenarios() {
        return Catalog.all();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void sameVerdictAsDpor(Scenario s) {
        ScenarioSource source = new ScenarioSource(s, s.defaultBound());
        Exploration optimal = Explorer.explore(source, ExplorerOptions.defaults().withStrategy("odpor"));
        Exploration dpor = Explorer.explore(source, ExplorerOptions.defaults().withStrategy("dpor"));
        assertEquals(dpor.verdict(), optimal.verdict(), s.id() + ": " + optimal.message());
        if (s.expected() == Expected.FIXED) {
            assertTrue(optimal.complete(), s.id() + ": " + optimal.message());
            assertTrue(optimal.executions() <= dpor.executions(), s.id() + ": optimal " + optimal.executions() + ", dpor " + dpor.executions());
        }
    }
}
