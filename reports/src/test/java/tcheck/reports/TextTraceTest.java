package tcheck.reports;

import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.results.text.TextTrace;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTraceTest {

    private static Result designExample() {
        return Result.builder("race-counter", "unsynchronized", "buggy", "explorer")
                .verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.INVARIANT).title("count++")
                .message("final count 1, expected 2").schedule("1.2.2.1").preemptions(1)
                .trace(List.of(
                        new TraceStep(1, "T1", "read  count -> 0", "UnsafeCounter.java:9", Map.of("count", 0)),
                        new TraceStep(2, "T2", "read  count -> 0", "UnsafeCounter.java:9", Map.of("count", 0)),
                        new TraceStep(3, "T2", "write count <- 1", "UnsafeCounter.java:9", Map.of("count", 1)),
                        new TraceStep(4, "T1", "write count <- 1", "UnsafeCounter.java:9", Map.of("count", 1))))
                .build();
    }

    @Test
    void rendersTheDesignExampleAsAnAlignedTable() {
        String expected = String.join("\n",
                "race-counter / unsynchronized count++   VIOLATION: final count 1, expected 2",
                "  #  thread  action            where                 count",
                "  1  T1      read  count -> 0  UnsafeCounter.java:9  0",
                "  2  T2      read  count -> 0  UnsafeCounter.java:9  0",
                "  3  T2      write count <- 1  UnsafeCounter.java:9  1",
                "  4  T1      write count <- 1  UnsafeCounter.java:9  1",
                "  1 preemption; replay with: --schedule 1.2.2.1",
                "");
        assertEquals(expected, TextTrace.render(designExample()));
    }

    @Test
    void prefersTheEnginesReplayCommandAndMarksANamedFailingStep() throws IOException {
        Result r = ResultsFiles.read(Fixtures.dir("checker").resolve("deposit-withdraw__check-then-withdraw__explorer.json"));
        String text = TextTrace.render(r);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("deposit-withdraw / check-then-withdraw check balance, then withdraw"), lines.get(0));
        assertTrue(lines.get(1).matches("\\s+#\\s+thread\\s+action\\s+where\\s+balance\\s+withdrawn"), lines.get(1));
        assertTrue(lines.get(6).contains("-5") && lines.get(6).endsWith("<- fails here"), lines.get(6));
        assertFalse(lines.get(7).contains("fails here"), lines.get(7));
        assertTrue(lines.get(7).contains("[\"T2\",\"T1\"]"), "collections as compact JSON: " + lines.get(7));
        assertEquals("  1 preemption; replay with: tcheck check deposit-withdraw/check-then-withdraw --schedule 1.2.2.1.1.2",
                lines.get(8));
    }

    @Test
    void aResultWithoutTraceIsOneLine() {
        Result r = Result.builder("race-counter", "synchronized", "fixed", "explorer")
                .verdict(Verdict.VERIFIED).complete(true).executions(6).build();
        assertEquals("race-counter / synchronized   VERIFIED: 6 executions, complete, 0.0 s\n", TextTrace.render(r));
    }

    @Test
    void otherKindsNameThemselves() {
        Result r = Result.builder("philosophers", "greedy", "buggy", "explorer")
                .verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.DEADLOCK).message("every philosopher holds a fork").build();
        assertTrue(TextTrace.render(r).startsWith("philosophers / greedy   DEADLOCK: every philosopher holds a fork"));
    }
}
