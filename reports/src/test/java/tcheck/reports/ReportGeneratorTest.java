package tcheck.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportGeneratorTest {
    @TempDir
    Path tmp;

    private Report generate(Path... inputs) {
        return ReportGenerator.generate(List.of(inputs), tmp.resolve("report"), Fixtures.SCENARIOS, List.of());
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    /** The {@code <td>} of one matrix cell, by its data-cell id. */
    private static String cell(String html, String id) {
        Matcher m = Pattern.compile("<td class=\"([^\"]*)\" data-cell=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</td>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no cell " + id);
        return m.group(1) + " | " + m.group(2);
    }

    @Test
    void everyCellComesFromAFile() throws IOException {
        Report report = generate(Fixtures.dir("checker"), Fixtures.dir("stress"));
        String index = read(report.index());

        String caught = cell(index, "race-counter/unsynchronized/explorer");
        assertTrue(caught.startsWith("cell caught as-expected"), caught);
        assertTrue(caught.contains("href=\"traces/race-counter__unsynchronized__explorer.html\""), caught);
        assertTrue(caught.contains(">caught<") && caught.contains(">invariant, 4 steps, ") && caught.contains(" s<"), caught);

        String verified = cell(index, "race-counter/synchronized/explorer");
        assertTrue(verified.startsWith("cell verified as-expected") && verified.contains(">6 executions, complete, "), verified);
        assertFalse(verified.contains("href"), "a verified result without evidence has no page: " + verified);

        assertTrue(cell(index, "race-counter/synchronized/real-threads").contains(">200 executions, "));
        assertTrue(cell(index, "race-counter/unsynchronized/jcstress").contains("traces/race-counter__unsynchronized__jcstress.html"));
        // A catalog row no engine has run yet: every cell "not run".
        assertTrue(cell(index, "philosophers/greedy/explorer").startsWith("cell not-run"));
        assertTrue(index.contains("<code>philosophers__greedy__explorer.json</code>"), "missing file listed");
        assertTrue(index.contains("id=\"no-problems\""));

        assertEquals(List.of("deposit-withdraw__check-then-withdraw__explorer.html", "race-counter__unsynchronized__explorer.html",
                        "race-counter__unsynchronized__jcstress.html", "race-counter__unsynchronized__lincheck-model.html"),
                report.pages().stream().map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aRemovedFileMakesItsCellNotRunAndItsPageGoes() throws IOException {
        Path checker = Fixtures.copy("checker", tmp);
        generate(checker);
        Path page = tmp.resolve("report/traces/race-counter__unsynchronized__explorer.html");
        assertTrue(Files.exists(page));

        Files.delete(checker.resolve("race-counter__unsynchronized__explorer.json"));
        Report report = generate(checker);
        String index = read(report.index());
        String cell = cell(index, "race-counter/unsynchronized/explorer");
        assertTrue(cell.startsWith("cell not-run") && cell.contains(">not run<") && !cell.contains("href"), cell);
        assertTrue(index.contains("<code>race-counter__unsynchronized__explorer.json</code>"));
        assertFalse(Files.exists(page), "stale page removed");
        assertTrue(report.summaryText().contains("| race-counter | unsynchronized | buggy | not run |"), report.summaryText());
    }

    @Test
    void corruptFilesAndMissingDirectoriesAreListedAndTheRestStillRenders() throws IOException {
        Path checker = Fixtures.copy("checker", tmp);
        Files.writeString(checker.resolve("race-counter__atomic__explorer.json"), "{ \"schema\": 1, \"scenario\": ");
        Files.writeString(checker.resolve("race-counter__atomic__lincheck-model.json"), "{ \"schema\": 1, \"verdict\": \"passed\" }");
        Path absent = tmp.resolve("stress-never-ran");

        Report report = generate(checker, absent);
        String index = read(report.index());
        assertTrue(index.contains("race-counter__atomic__explorer.json</code>: corrupt JSON"), "corrupt file listed");
        assertTrue(index.contains("race-counter__atomic__lincheck-model.json</code>: corrupt: missing scenario, variant, engine"));
        assertTrue(index.contains(Html.esc(absent.toString()) + "</code>: results directory does not exist"));
        assertEquals(3, report.problems().size());
        assertTrue(cell(index, "race-counter/unsynchronized/explorer").contains(">caught<"), "good files still shown");
        assertTrue(report.summaryText().contains("## Not used"));
        assertTrue(report.summaryText().contains("race-counter__atomic__explorer.json"));
    }

    @Test
    void traceTextIsEscapedEverywhere() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        ResultsFiles.write(dir, Result.builder("race-counter", "unsynchronized", "buggy", "explorer")
                .verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.EXCEPTION)
                .message("<img src=x onerror=alert(1)> & \"quoted\"")
                .trace(List.of(new TraceStep(1, "<T1>", "<script>alert('x')</script>", "A.java:1\"><b>",
                        Map.of("<k>", "</td><td>"))))
                .engineOutput("</pre><script>evil()</script>")
                .build());
        Report report = generate(dir);
        String page = read(report.pages().get(0));
        String index = read(report.index());
        for (String html : List.of(page, index)) {
            assertFalse(html.contains("<script>alert"), "raw script from results");
            assertFalse(html.contains("<img src=x"), "raw img from results");
            assertFalse(html.contains("<script>evil"), "raw engine output");
        }
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("data-where=\"A.java:1&quot;&gt;&lt;b&gt;\""));
        assertTrue(page.contains("&lt;/td&gt;&lt;td&gt;"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"));
        // Only the page's own script block is there.
        assertEquals(1, page.split("<script>", -1).length - 1);
    }

    @Test
    void thePageShowsTheSwimlaneTheReplayAndTheOtherEnginesEvidence() throws IOException {
        generate(Fixtures.dir("checker"), Fixtures.dir("stress"));
        String page = read(tmp.resolve("report/traces/race-counter__unsynchronized__explorer.html"));
        assertTrue(page.contains("<th class=\"lane-head t0\" data-thread=\"T1\">T1</th><th class=\"lane-head t1\" data-thread=\"T2\">T2</th>"));
        assertTrue(page.contains("<th class=\"state-key\">count</th>"));
        assertEquals(4, page.split("<tr class=\"step", -1).length - 1, "one row per step");
        assertTrue(page.contains("<tr class=\"step failing\" id=\"step-4\""), "no failingStep: the last step is highlighted");
        assertFalse(page.contains("id=\"step-3\" data-step=\"3\" data-thread=\"T2\" data-action=\"read"), "step 3 is T2's write");
        assertTrue(page.contains("<code id=\"schedule\">1.2.2.1</code>"));
        assertTrue(page.contains("<code id=\"replay\">tcheck check race-counter/unsynchronized --schedule 1.2.2.1</code>"));
        assertTrue(page.contains("= Invalid execution results (FIXTURE) ="), "Lincheck's text beside the trace");
        assertTrue(page.contains("<td class=\"n\">1,234</td>") && page.contains("lost update"), "jcstress histogram");
        assertTrue(page.contains("count++ is three steps: read, add, write."), "the catalog's lesson");
        assertTrue(page.contains("id=\"fixes\"") && page.contains("one lock per increment"), "the fixed variant's lesson");
        // self-contained: nothing loaded from elsewhere (text may quote an address: the seed's notebook metadata does)
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("url(http") || page.contains("<link"),
                "self-contained");

        String named = read(tmp.resolve("report/traces/deposit-withdraw__check-then-withdraw__explorer.html"));
        assertTrue(named.contains("<tr class=\"step failing\" id=\"step-5\""), "failingStep from the result");
        assertFalse(named.contains("<tr class=\"step failing\" id=\"step-6\""));
        assertTrue(named.contains("&quot;invariant&quot; : &quot;balance &gt;= 0&quot;"), "details shown");
    }

    @Test
    void resultsOutsideTheCatalogAndUnknownEnginesGetTheirOwnRowAndColumn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        ResultsFiles.write(dir, Result.builder("zz-new", "v1", "fixed", "jpf").verdict(Verdict.VERIFIED).complete(true)
                .executions(3).build());
        String index = read(generate(dir).index());
        assertTrue(index.contains("<th data-engine=\"jpf\" title=\"Java PathFinder: model checking in its own virtual machine\">jpf</th>"),
                "the engine's column, explained in its title");
        assertTrue(index.contains("<dt>jpf</dt><dd data-engine=\"jpf\">Java PathFinder"), "and in one line above the matrix");
        assertTrue(index.contains("id=\"not-run\"") && index.indexOf("id=\"missing\"") > index.indexOf("id=\"not-run\""),
                "cells not run are said in their own section, not among the problems");
        assertTrue(cell(index, "zz-new/v1/jpf").contains(">3 executions, complete, 0.0 s<"));
        assertTrue(index.contains("not in the scenario catalog"));
    }

    @Test
    void theRealCatalogGivesEveryVariantARowEvenWithNoResults() throws IOException {
        Report report = ReportGenerator.generate(List.of(tmp.resolve("none")), tmp.resolve("report"));
        String index = read(report.index());
        List<ScenarioInfo> catalog = CatalogScenarios.load().scenarios();
        assertFalse(catalog.isEmpty(), "the scenario catalog lists variants");
        for (ScenarioInfo s : catalog) {
            assertTrue(cell(index, s.id() + "/explorer").startsWith("cell not-run"), s.id());
        }
        assertTrue(report.pages().isEmpty());
    }

    @Test
    void anotherEnginesTraceIsShownBesideTheExplorers() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("beside"));
        ResultsFiles.write(dir, Result.builder("race-counter", "unsynchronized", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE)
                .kind(FailureKind.INVARIANT).trace(List.of(new TraceStep(1, "T1", "read count -> 0", "UnsynchronizedCounter.java:21", Map.of()),
                        new TraceStep(2, "T2", "read count -> 0", "UnsynchronizedCounter.java:21", Map.of()))).build());
        ResultsFiles.write(dir, Result.builder("race-counter", "unsynchronized", "buggy", "jpf").verdict(Verdict.COUNTEREXAMPLE)
                .kind(FailureKind.INVARIANT).trace(List.of(new TraceStep(1, "T1", "count++;   [getfield UnsynchronizedCounter.count]",
                        "UnsynchronizedCounter.java:21", Map.of()))).millis(2500).build());
        generate(dir);
        String page = read(tmp.resolve("report/traces/race-counter__unsynchronized__explorer.html"));
        assertTrue(page.contains("data-engine=\"jpf\"") && page.contains("jpf's trace: 1 steps, invariant"), "JPF's path beside");
        assertTrue(page.contains("[getfield UnsynchronizedCounter.count]"));
        String summary = read(tmp.resolve("report/summary.md"));
        assertTrue(summary.contains("| **per engine** |") && summary.contains("buggy caught 1/1, fixed clean 0/0, 2.5 s"), summary);
    }
}
