package tcheck.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.text.TraceView;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trace page's code panel, on traces the explorer finds now (so the lines are the source's lines of
 * today): the seed's Python, and the Java with the failing step's line marked for its thread and each
 * row saying where every thread is.
 */
class TracePageCodeTest {
    @TempDir
    Path tmp;

    private static final Path SOURCES = Paths.get("../scenarios/src/main/java");

    /** The explorer's counterexample for a catalog scenario, as a results file would hold it. */
    private static Result explore(String id) {
        Scenario s = Catalog.get(id);
        Result r = ExplorerResults.toResult(s, s.defaultBound(), Explorer.explore(new ScenarioSource(s, s.defaultBound()),
                ExplorerOptions.defaults()));
        assertNotNull(r.trace(), id + ": the explorer finds the bug, with its trace");
        assertTrue(r.trace().size() >= 4, id + ": " + r.trace().size() + " steps");
        return r;
    }

    private String page(Result... results) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Result r : results) {
            ResultsFiles.write(in, r);
        }
        ReportGenerator.generate(List.of(in), tmp.resolve("report"));
        return Files.readString(tmp.resolve("report").resolve(PageNames.tracePage(results[0])));
    }

    /** The failing step, checked on the page: its line marked in its file for its thread, and the row's data-at. */
    private void assertFailingLineMarked(Result r, String html, String lineMustSay) throws IOException {
        int failing = r.failingStep() != null ? r.failingStep() : r.trace().get(r.trace().size() - 1).step();
        TraceStep step = r.trace().stream().filter(s -> s.step() == failing).findFirst().orElseThrow();
        Matcher where = Pattern.compile("(\\w+\\.java):(\\d+)").matcher(step.where());
        assertTrue(where.matches(), step.where());
        String file = where.group(1);
        int line = Integer.parseInt(where.group(2));
        List<String> source = Files.readAllLines(sourceFile(Catalog.get(r.id()), file));
        String text = source.get(line - 1);
        assertTrue(text.contains(lineMustSay), "the failing step's line " + file + ":" + line + " is " + text);

        String id = CodePanel.lineId(file, line);
        Matcher marked = Pattern.compile("<span class=\"sl fails\" id=\"" + Pattern.quote(id) + "\" data-line=\"" + line
                + "\" data-fails=\"" + Pattern.quote(step.thread()) + "\"[^>]*>.*?<span class=\"tx\">(.*?)</span></span>").matcher(html);
        assertTrue(marked.find(), "the failing line " + id + " marked for " + step.thread());
        assertEquals(Html.esc(text), marked.group(1), "the line as in the source");
        assertEquals(1, html.split("class=\"sl fails\"", -1).length - 1, "one failing line");

        int lane = TraceView.of(r).threads().indexOf(step.thread());
        String at = "[&quot;" + step.thread() + "&quot;," + lane + ",&quot;" + file + "&quot;," + line + "," + failing + "]";
        Matcher row = Pattern.compile("<tr class=\"step failing[^\"]*\" id=\"step-" + failing + "\"[^>]* data-at=\"([^\"]*)\"").matcher(html);
        assertTrue(row.find(), "the failing row");
        assertTrue(row.group(1).contains(at), "the failing row puts " + step.thread() + " at " + file + ":" + line + ": " + row.group(1));
        // the file holding the failing line comes first
        assertTrue(html.indexOf("<div class=\"src-file\" data-file=\"" + file + "\">") == html.indexOf("<div class=\"src-file\""), file);
    }

    private static Path sourceFile(Scenario s, String file) throws IOException {
        Path own = SOURCES.resolve(s.getClass().getPackageName().replace('.', '/')).resolve(file);
        if (Files.exists(own)) {
            return own;
        }
        try (var all = Files.walk(SOURCES)) {
            return all.filter(p -> p.getFileName().toString().equals(file)).findFirst().orElseThrow();
        }
    }

    @Test
    void theRaceCountersPageShowsTheSeedsPythonAndTheLostUpdatesLine() throws IOException {
        Result r = explore("race-counter/unsynchronized");
        String html = page(r);
        // the seed's Python, numbered as in the seed file (000_... lines 155-181: globVar += 1 at 159)
        assertTrue(html.contains("<details class=\"code-box seed-box\" id=\"seed-python\" open>"));
        assertTrue(html.contains("data-range=\"000_715c6142ede907d2.txt lines 155-181\""), "the first excerpt");
        assertTrue(html.contains("<span class=\"sl\" data-line=\"159\"><span class=\"ln\">159</span><span class=\"tx\">    globVar += 1</span></span>"),
                "line 159 of the seed, as it is there");
        assertTrue(html.contains("data-range=\"003_db7905cd5774b6a8.txt lines 159-218\"")
                && html.contains("data-range=\"004_fbb8ff1068e5a4f0.txt lines 1080-1198\""), "every file the seed names");
        assertFailingLineMarked(r, html, "count");
        assertTrue(html.contains("<th class=\"lane-head t0\""), "lanes coloured as the code's threads");
    }

    @Test
    void checkThenWithdrawsPageMarksTheOverdrawingWrite() throws IOException {
        Result r = explore("deposit-withdraw/check-then-withdraw");
        String html = page(r);
        assertTrue(html.contains("data-range=\"000_715c6142ede907d2.txt lines 465-498\""));
        assertTrue(html.contains("<span class=\"ln\">474</span><span class=\"tx\">def withdraw(total):</span>"));
        assertTrue(html.contains("<span class=\"ln\">477</span><span class=\"tx\">        total.value -= 5</span>"));
        assertFailingLineMarked(r, html, "balance");
        assertFalse(html.contains("id=\"no-source\""));
    }

    @Test
    void aThreadStaysOnItsLastShownLineWhileItRunsInTheJdkAndEachRowSaysWhereEveryThreadIs() throws IOException {
        Result r = Result.builder("deposit-withdraw", "check-then-withdraw", "buggy", "explorer").verdict(tcheck.results.Verdict.COUNTEREXAMPLE)
                .kind(tcheck.results.FailureKind.INVARIANT).trace(List.of(
                        new TraceStep(1, "W1", "read balance -> 5", "CheckThenWithdrawAccount.java:30", Map.of()),
                        new TraceStep(2, "W2", "read balance -> 5", "CheckThenWithdrawAccount.java:30", Map.of()),
                        new TraceStep(3, "W1", "park", "LockSupport.java:221", Map.of()),
                        new TraceStep(4, "W2", "write balance <- 0", "CheckThenWithdrawAccount.java:43", Map.of()),
                        new TraceStep(5, "W1", "write balance <- -5", "CheckThenWithdrawAccount.java:9999", Map.of())))
                .failingStep(4).build();
        String html = page(r);
        CodePanel code = CodePanel.of(r, TraceView.of(r));
        assertEquals(List.of(new CodePanel.At("W1", 0, "CheckThenWithdrawAccount.java", 30, 1)), code.at(1));
        assertEquals(List.of(new CodePanel.At("W1", 0, "CheckThenWithdrawAccount.java", 30, 1),
                new CodePanel.At("W2", 1, "CheckThenWithdrawAccount.java", 30, 2)), code.at(3), "W1 in the JDK stays on line 30");
        assertEquals(List.of(new CodePanel.At("W1", 0, "CheckThenWithdrawAccount.java", 30, 1),
                new CodePanel.At("W2", 1, "CheckThenWithdrawAccount.java", 43, 4)), code.at(5), "a line past the file's end moves nothing");
        assertTrue(html.contains("data-at=\"[[&quot;W1&quot;,0,&quot;CheckThenWithdrawAccount.java&quot;,30,1],"
                + "[&quot;W2&quot;,1,&quot;CheckThenWithdrawAccount.java&quot;,43,4]]\""), "step 4's row");
        assertTrue(html.contains("Not shown (not the scenario's code): LockSupport.java"));
        assertTrue(html.contains("id=\"src-CheckThenWithdrawAccount.java-43\" data-line=\"43\" data-fails=\"W2\""));
    }

    @Test
    void aLineTheSeedNamesInsideALargerRangeIsMarkedThereNotShownTwice() throws IOException {
        // philosophers/ordered: "004_... lines 1214-1299 (...); the deadlock it fixes: line 1222"
        Result r = Result.builder("philosophers", "ordered", "fixed", "explorer").verdict(tcheck.results.Verdict.COUNTEREXAMPLE).kind(tcheck.results.FailureKind.INVARIANT)
                .trace(List.of(new TraceStep(1, "phil-0", "read names[0] -> phil-0", "OrderedPhilosopher.java:1", Map.of()),
                        new TraceStep(2, "phil-1", "read names[1] -> phil-1", "OrderedPhilosopher.java:1", Map.of()))).build();
        String html = page(r);
        assertTrue(html.contains("data-range=\"004_fbb8ff1068e5a4f0.txt lines 1214-1299\""));
        assertFalse(html.contains("data-range=\"004_fbb8ff1068e5a4f0.txt line 1222\""), "not a second excerpt");
        assertTrue(html.contains("<span class=\"sl named\" data-line=\"1222\">"), "marked in the larger one");
        assertEquals(1, html.split("class=\"sl named\"", -1).length - 1, "only that line");
    }

    @Test
    void aProgramOutsideTheCatalogSaysSourceNotFoundInOneLine() throws IOException {
        Result r = Result.builder("my-program", "main", null, "explorer").verdict(tcheck.results.Verdict.COUNTEREXAMPLE).kind(tcheck.results.FailureKind.INVARIANT)
                .trace(List.of(new TraceStep(1, "T1", "read x -> 0", "Main.java:7", Map.of()),
                        new TraceStep(2, "T2", "write x <- 1", "Main.java:8", Map.of()))).build();
        String html = page(r);
        assertTrue(html.contains("<p class=\"no-source\" id=\"no-source\">Java source not found for Main.java"
                + " (the program is not one of tcheck's scenarios).</p>"), "one line");
        assertFalse(html.contains("id=\"seed-python\""), "no seed outside the catalog");
        assertFalse(html.contains("class=\"src-file\""));
        assertFalse(html.contains("id=\"java-source\"") || html.contains("id=\"to-code\""), "no empty box, no link to it");
        assertTrue(html.contains("data-at=\"[]\""), "no thread is placed");
    }
}
