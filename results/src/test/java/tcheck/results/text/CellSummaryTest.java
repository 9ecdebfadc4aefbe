package tcheck.results.text;

import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellSummaryTest {
    private static Result.Builder r(String expected, Verdict verdict) {
        return Result.builder("f", "v", expected, "explorer").verdict(verdict);
    }

    @Test
    void saysWhatEachVerdictFound() {
        Result caught = r("buggy", Verdict.COUNTEREXAMPLE).kind(FailureKind.DEADLOCK)
                .trace(List.of(new TraceStep(1, "T1", "lock a", null, Map.of()), new TraceStep(2, "T2", "lock b", null, Map.of())))
                .build();
        assertEquals("caught: deadlock, 2 steps, 0.0 s", CellSummary.of(caught).text());
        assertEquals("verified: 1,234 executions, complete, 1.5 s",
                CellSummary.of(r("fixed", Verdict.VERIFIED).complete(true).executions(1234).millis(1499).build()).text());
        assertEquals("bounded: 10,000 executions, not complete, 60 s",
                CellSummary.of(r("fixed", Verdict.BOUNDED).complete(false).executions(10000).millis(60_100).build()).text());
        assertEquals("passed: 1 execution, 0.0 s", CellSummary.of(r("fixed", Verdict.PASSED).executions(1).build()).text());
        assertEquals("not observed: 500 executions, 0.0 s", CellSummary.of(r("buggy", Verdict.NOT_OBSERVED).executions(500).build()).text());
        assertEquals("passed: model checking 10 scenarios x 50 invocations, 2.5 min", CellSummary.of(r("fixed", Verdict.PASSED)
                .strategy("model checking 10 scenarios x 50 invocations").millis(150_000).build()).text(), "an engine that does not count runs shows its budget");
        assertEquals("verified: 41 states, complete, 7.3 s", CellSummary.of(r("fixed", Verdict.VERIFIED).complete(true).executions(41)
                .millis(7300).details(Map.of("unit", "states")).build()).text(), "JPF counts states");
        assertEquals("not available: no JDK 25", CellSummary.of(r("buggy", Verdict.NOT_AVAILABLE)
                .message("not available: no JDK 25").build()).text());
        assertEquals(CellSummary.Agreement.NONE, CellSummary.of(r("buggy", Verdict.NOT_AVAILABLE).message("not available: x").build()).agreement());
        assertEquals("error: boom at x", CellSummary.of(r("fixed", Verdict.ERROR).message("boom\n  at x").build()).text());
        assertEquals("not run", CellSummary.of(null).text());
    }

    @Test
    void comparesTheVerdictWithTheLabel() {
        assertEquals(CellSummary.Agreement.AS_EXPECTED, CellSummary.of(r("buggy", Verdict.COUNTEREXAMPLE).build()).agreement());
        assertEquals(CellSummary.Agreement.UNEXPECTED, CellSummary.of(r("fixed", Verdict.COUNTEREXAMPLE).build()).agreement());
        assertEquals(CellSummary.Agreement.UNEXPECTED,
                CellSummary.of(r("buggy", Verdict.VERIFIED).complete(true).build()).agreement());
        assertEquals(CellSummary.Agreement.MISSED, CellSummary.of(r("buggy", Verdict.PASSED).build()).agreement());
        assertEquals(CellSummary.Agreement.AS_EXPECTED, CellSummary.of(r("fixed", Verdict.PASSED).build()).agreement());
        assertEquals(CellSummary.Agreement.NONE, CellSummary.of(null).agreement());
    }
}
