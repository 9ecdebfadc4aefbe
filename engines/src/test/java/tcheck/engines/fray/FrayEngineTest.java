package tcheck.engines.fray;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalog variant under Fray (results to {@code target/results}, engine {@code fray}). Where
 * there is no instrumented JDK 25 (fray/prepare-fray.sh not run), each result must say "not available"
 * and why. Budget: {@code -Dtcheck.fray.iterations} (default: the engine's).
 */
class FrayEngineTest {
    private static final FrayEngine FRAY = new FrayEngine();

    static Stream<String> scenarios() {
        return Catalog.ids().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void underFray(String id) {
        Scenario s = Catalog.get(id);
        String iterations = System.getProperty("tcheck.fray.iterations");
        Result r = FRAY.run(s, EngineRun.defaults().withOptions(iterations == null ? Map.of() : Map.of("iterations", iterations))).get(0);
        ResultsFiles.write(r);
        System.out.println("[fray] " + id + ": " + r.verdict() + (r.kind() != null ? " (" + r.kind() + ")" : "") + " - " + r.message());
        assertEquals("fray", r.engine());
        if (FRAY.unavailable() != null) {
            assertEquals(Verdict.NOT_AVAILABLE, r.verdict());
            assertTrue(r.message().startsWith("not available: ") && r.message().length() > 20, r.message());
            return;
        }
        if (r.verdict() == Verdict.ERROR && r.message().endsWith("(" + FrayEngine.LIMIT + ")")) {
            // Fray failed in its own code, or ran a schedule that never ends: said as such, never as a finding
            assertTrue(r.message().startsWith("Fray failed inside itself: ") || r.message().contains("never ends"), r.message());
            return;
        }
        assertNotEquals(Verdict.ERROR, r.verdict(), () -> "Fray could not run " + id + ": " + r.message() + "\n" + r.engineOutput());
        assertTrue(r.executions() > 0, "Fray ran no iteration");
        if (s.expected() == Expected.FIXED) {
            assertEquals(Verdict.PASSED, r.verdict(), () -> id + " is fixed, but Fray reports " + r.message() + "\n" + r.engineOutput());
        } else {
            assertTrue(List.of(Verdict.COUNTEREXAMPLE, Verdict.NOT_OBSERVED).contains(r.verdict()), r.verdict().label());
        }
        if (r.verdict() == Verdict.COUNTEREXAMPLE) {
            assertNotNull(r.kind());
            assertTrue(((Number) r.details().get("iterationsToBug")).longValue() >= 1);
        }
    }
}
