package tcheck.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.FailureKind;
import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer's outcome table and the fixed variant on the buggy schedule, as the page shows them after a round trip through the file. */
class OutcomesAndFixedPageTest {
    @TempDir
    Path tmp;

    private String page(Result r) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ResultsFiles.write(in, r);
        ReportGenerator.generate(List.of(in), tmp.resolve("report"), Fixtures.SCENARIOS, List.of());
        return Files.readString(tmp.resolve("report/traces/" + r.scenario() + "__" + r.variant() + "__" + r.engine() + ".html"));
    }

    @Test
    void theOutcomeTableCountsExecutionsAndSaysTheyAreNotFrequencies() throws IOException {
        Result r = Result.builder("race-counter", "unsynchronized", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.INVARIANT)
                .trace(List.of(new TraceStep(1, "T1", "read count -> 0", null, Map.of("count", 0))))
                .histogram(List.of(new Outcome("count=2", 4, 0.8, "ACCEPTABLE", "no failure"),
                        new Outcome("count=1", 1, 0.2, "FORBIDDEN", "invariant")))
                .build();
        String page = page(r);
        assertTrue(page.contains("id=\"outcomes\""), "the table");
        assertTrue(page.contains("<tr class=\"grading-forbidden\"><td><code>count=1</code></td><td class=\"n\">1</td><td>invariant</td></tr>"));
        assertTrue(page.contains("each of the 5 distinct executions") && page.contains("not frequencies"));
        assertFalse(page.contains("<h2>jcstress"), "not presented as jcstress's");
    }

    @Test
    void theFixedVariantStandsBesideTheBuggyTrace() throws IOException {
        Map<String, Object> fixed = Map.of("variant", "synchronized", "verdict", "passed", "message", "ran to the end",
                "trace", List.of(new TraceStep(1, "T1", "enter synchronized(counter)", null, Map.of("count", 0)),
                        new TraceStep(2, "T2", "enter synchronized(counter)", null, Map.of("count", 1))));
        Result r = Result.builder("race-counter", "unsynchronized", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.INVARIANT)
                .schedule("0.1.2.2")
                .trace(List.of(new TraceStep(1, "T1", "read count -> 0", null, Map.of("count", 0)),
                        new TraceStep(2, "T2", "read count -> 0", null, Map.of("count", 0))))
                .details(Map.of(FixedBesideBuggy.KEY, List.of(fixed)))
                .build();
        String page = page(r);
        assertTrue(page.contains("id=\"beside\""), "the side-by-side section");
        assertTrue(page.contains("data-variant=\"unsynchronized (buggy)\"") && page.contains("data-variant=\"synchronized (fixed)\""));
        assertTrue(page.contains("<li value=\"2\"><b>T2</b> <code>enter synchronized(counter)</code></li>"), "the fixed trace, read back from JSON");
        assertTrue(page.indexOf("id=\"beside\"") < page.indexOf("class=\"evidence-pane\""), "in the trace pane, under the trace");
    }
}
