package tcheck.engines.lincheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.FailureKind;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalog variant under the {@code lincheck} engine, results to {@code target/results}. Fixed
 * variants must pass every mode; a buggy one is recorded as Lincheck left it, except where this test
 * names what Lincheck's model checker must find (measured: it found each of these in every run).
 * Budgets: {@code -Dtcheck.lincheck.model=ITxINV}, {@code -Dtcheck.lincheck.stress=ITxINV},
 * {@code -Dtcheck.lincheck.program=N}.
 */
class LincheckEngineTest {
    private static final LincheckEngine LINCHECK = new LincheckEngine();

    /** Buggy objects whose bug Lincheck's model checking must report as invalid results or an exception. */
    private static final Map<String, FailureKind> MODEL_MUST_FIND = Map.of(
            "race-counter/unsynchronized", FailureKind.NON_LINEARIZABLE,
            "deposit-withdraw/unsynchronized", FailureKind.NON_LINEARIZABLE,
            "deposit-withdraw/check-then-withdraw", FailureKind.NON_LINEARIZABLE,
            "pcp-lock/check-outside-lock", FailureKind.NON_LINEARIZABLE,
            "pcp-condition/if-wait", FailureKind.NON_LINEARIZABLE);

    static Stream<String> scenarios() {
        return Catalog.ids().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void underLincheck(String id) {
        Scenario s = Catalog.get(id);
        List<Result> results = LINCHECK.run(s, EngineRun.defaults());
        assertFalse(results.isEmpty(), "every variant gets a data-structure check or a whole-program one");
        for (Result r : results) {
            ResultsFiles.write(r);
            System.out.println("[" + r.engine() + "] " + id + ": " + r.verdict() + (r.kind() != null ? " (" + r.kind() + ")" : "")
                    + " - " + r.message());
            assertTrue(List.of("lincheck-model", "lincheck-stress", "lincheck-program").contains(r.engine()), r.engine());
            assertNotEquals(Verdict.ERROR, r.verdict(), () -> "Lincheck itself failed on " + id + ":\n" + r.engineOutput());
            if (s.expected() == Expected.FIXED) {
                assertEquals(Verdict.PASSED, r.verdict(), () -> id + " is fixed, but " + r.engine() + " failed:\n" + r.engineOutput());
            } else {
                assertTrue(List.of(Verdict.COUNTEREXAMPLE, Verdict.NOT_OBSERVED).contains(r.verdict()), r.verdict().label());
            }
        }
        FailureKind mustFind = MODEL_MUST_FIND.get(id);
        if (mustFind != null) {
            Result model = results.stream().filter(r -> r.engine().equals("lincheck-model")).findFirst().orElseThrow();
            assertEquals(Verdict.COUNTEREXAMPLE, model.verdict(), () -> id + " is buggy, but Lincheck found nothing: " + model.message());
            assertEquals(mustFind, model.kind());
            assertTrue(model.engineOutput().contains("="), "Lincheck's own report is kept");
        }
    }

    @Test
    void aWholeProgramWithoutAnObjectRunsUnderRunConcurrentTest() {
        Scenario greedy = Catalog.get("philosophers/greedy");
        List<Result> results = LINCHECK.run(greedy, EngineRun.defaults());
        assertEquals(List.of("lincheck-program"), results.stream().map(Result::engine).toList());
    }

    @Test
    void budgetsAreOptions() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LINCHECK.run(Catalog.get("race-counter/atomic"), EngineRun.defaults().withOptions(Map.of("model", "ten"))));
        assertTrue(e.getMessage().contains("lincheck.model"), e.getMessage());
    }
}
