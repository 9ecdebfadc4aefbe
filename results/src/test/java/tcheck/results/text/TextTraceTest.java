package tcheck.results.text;

import org.junit.jupiter.api.Test;
import tcheck.results.StepKind;
import tcheck.results.TraceStep;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTraceTest {
    /** A trace of steps folding hides (an error right after a thread's start) is shown step by step, not as an empty table. */
    @Test
    void aTraceFoldingWouldHideWholeIsShownStepByStep() {
        List<TraceStep> trace = List.of(new TraceStep(1, "main", "start taker", "BlocksForever.java:13", Map.of(), List.of(), "run",
                StepKind.START, null));
        String table = TextTrace.table(TraceView.of(trace, null), false, false);
        assertTrue(table.contains("start taker"), table);
        assertTrue(!table.contains("folded"), table);
        assertEquals(2, table.lines().count(), table);
    }
}
