package tcheck.reports;

import org.junit.jupiter.api.Test;
import tcheck.checker.results.Result;
import tcheck.checker.results.TraceStep;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellSummaryTest {
    private static Result.Builder r(String expected, String verdict) {
        return Result.builder("f", "v", expected, "explorer").verdict(verdict);
    }

    @Test
    void saysWhatEachVerdictFound() {
        Result caught = r("buggy", "counterexample").kind("deadlock")
                .trace(List.of(new TraceStep(1, "T1", "lock a", null, Map.of()), new TraceStep(2, "T2", "lock b", null, Map.of())))
                .build();
        assertEquals("caught: deadlock, 2 steps", CellSummary.of(caught).text());
        assertEquals("verified: 1,234 executions, complete",
                CellSummary.of(r("fixed", "verified").complete(true).executions(1234).build()).text());
        assertEquals("bounded: 10,000 executions, not complete",
                CellSummary.of(r("fixed", "bounded").complete(false).executions(10000).build()).text());
        assertEquals("passed: 1 execution", CellSummary.of(r("fixed", "passed").executions(1).build()).text());
        assertEquals("not observed: 500 executions", CellSummary.of(r("buggy", "not-observed").executions(500).build()).text());
        assertEquals("passed: model checking 10 scenarios x 50 invocations", CellSummary.of(r("fixed", "passed")
                .strategy("model checking 10 scenarios x 50 invocations").build()).text(), "an engine that does not count runs shows its budget");
        assertEquals("error: boom at x", CellSummary.of(r("fixed", "error").message("boom\n  at x").build()).text());
        assertEquals("not run", CellSummary.of(null).text());
    }

    @Test
    void comparesTheVerdictWithTheLabel() {
        assertEquals(CellSummary.Agreement.AS_EXPECTED, CellSummary.of(r("buggy", "counterexample").build()).agreement());
        assertEquals(CellSummary.Agreement.UNEXPECTED, CellSummary.of(r("fixed", "counterexample").build()).agreement());
        assertEquals(CellSummary.Agreement.UNEXPECTED,
                CellSummary.of(r("buggy", "verified").complete(true).build()).agreement());
        assertEquals(CellSummary.Agreement.MISSED, CellSummary.of(r("buggy", "passed").build()).agreement());
        assertEquals(CellSummary.Agreement.AS_EXPECTED, CellSummary.of(r("fixed", "passed").build()).agreement());
        assertEquals(CellSummary.Agreement.NONE, CellSummary.of(null).agreement());
    }
}
