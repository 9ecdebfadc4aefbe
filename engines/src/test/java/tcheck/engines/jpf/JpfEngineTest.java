package tcheck.engines.jpf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalog variant under Java PathFinder, written to {@code target/results} (engine {@code jpf}).
 * On a machine without a built JPF (no JPF_HOME, nothing cached by jpf/build-jpf.sh) each result
 * must say "not available" and why; {@code .ci/run} builds JPF first, so in CI every variant runs.
 * Budget per variant: {@code -Dtcheck.jpf.max-seconds} (default: the engine's).
 */
class JpfEngineTest {
    private static final JpfEngine JPF = new JpfEngine();

    static Stream<String> scenarios() {
        return Catalog.ids().stream();
    }

    private static EngineRun run() {
        String budget = System.getProperty("tcheck.jpf.max-seconds");
        return EngineRun.defaults().withOptions(budget == null ? Map.of() : Map.of("max-seconds", budget));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void underJpf(String id) {
        Scenario s = Catalog.get(id);
        List<Result> results = JPF.run(s, run());
        assertEquals(1, results.size());
        Result r = results.get(0);
        ResultsFiles.write(r);
        System.out.println("[jpf] " + id + ": " + r.verdict() + (r.kind() != null ? " (" + r.kind() + ")" : "") + " - " + r.message());
        assertEquals("jpf", r.engine());
        if (JPF.unavailable() != null) {
            assertEquals(Verdict.NOT_AVAILABLE, r.verdict());
            assertTrue(r.message().startsWith("not available: ") && r.message().length() > 20, r.message());
            return;
        }
        if (r.verdict() == Verdict.ERROR && r.message().endsWith("(a JPF limit, not a finding)")) {
            // JPF's model of the JDK lacks what this variant uses (String.join, AtomicInteger.accumulateAndGet ...): said, not hidden
            assertTrue(r.message().startsWith("JPF cannot run this program: its model of the JDK lacks "), r.message());
            return;
        }
        assertNotEquals(Verdict.ERROR, r.verdict(), () -> "JPF could not run " + id + ": " + r.message() + "\n" + r.engineOutput());
        assertTrue(r.executions() > 0, "JPF explored no state");
        if (s.expected() == Expected.FIXED) {
            assertNotEquals(Verdict.COUNTEREXAMPLE, r.verdict(), () -> id + " is fixed, but JPF reports " + r.message()
                    + "\n" + r.engineOutput());
            assertTrue(List.of(Verdict.VERIFIED, Verdict.BOUNDED).contains(r.verdict()), r.verdict().label());
        }
        if (r.verdict() == Verdict.VERIFIED) {
            assertTrue(r.complete(), "verified means a complete search");
        }
        if (r.verdict() == Verdict.BOUNDED) {
            assertFalse(r.complete());
            assertTrue(r.message().contains("not a proof"), r.message());
        }
        if (r.verdict() == Verdict.COUNTEREXAMPLE) {
            assertNotNull(r.kind());
            assertFalse(r.trace().isEmpty(), "a counterexample comes with JPF's path");
            for (TraceStep step : r.trace()) {
                assertFalse(step.thread().isBlank());
                assertTrue(step.where().matches("\\w+\\.java:\\d+"), step.where());
            }
        }
    }
}
