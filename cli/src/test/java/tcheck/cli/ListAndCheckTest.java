package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListAndCheckTest {
    @TempDir
    Path results;

    @Test
    void listShowsEveryScenarioId() {
        Cli r = Cli.run("list");
        assertEquals(0, r.exitCode(), r.all());
        for (String id : Catalog.ids()) {
            assertTrue(r.out().contains(id), "list misses " + id + "\n" + r.all());
        }
    }

    @Test
    void listJsonHasOneRowPerScenario() throws IOException {
        Cli r = Cli.run("list", "--json");
        assertEquals(0, r.exitCode(), r.all());
        var rows = ResultsFiles.mapper().readTree(r.out());
        assertEquals(Catalog.ids().size(), rows.size());
        assertEquals(Catalog.ids().get(0), rows.get(0).get("id").asText());
    }

    @Test
    void buggyCounterIsCaughtWithATraceAndTheReplayCommand() throws IOException {
        Cli r = Cli.run("check", "race-counter/unsynchronized", "--results", results.toString());
        assertEquals(0, r.exitCode(), "a buggy variant caught is what is expected\n" + r.all());
        assertTrue(r.out().contains("read count"), r.all());
        assertTrue(r.out().contains("replay with: ./tcheck replay race-counter/unsynchronized"), r.all());
        assertTrue(r.out().contains("as expected (buggy)"), r.all());
        Result written = ResultsFiles.read(results.resolve("race-counter__unsynchronized__explorer.json"));
        assertEquals(Verdict.COUNTEREXAMPLE, written.verdict());
        assertTrue(r.out().contains("--schedule " + written.schedule()), r.all());
    }

    @Test
    void wholeFamilyIsAsExpected() {
        Cli r = Cli.run("check", "race-counter", "--quiet", "--results", results.toString());
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("race-counter/synchronized") && r.out().contains("verified"), r.all());
        assertTrue(r.out().contains("3 scenarios: 3 as expected, 0 not"), r.all());
        assertEquals(3, results.toFile().list().length);
    }

    /** A budget too small to finish leaves a fixed variant "bounded", which is not what it expects. */
    @Test
    void fixedVariantNotVerifiedExitsOne() {
        Cli r = Cli.run("check", "race-counter/synchronized", "--max-executions", "1", "--results", results.toString());
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("NOT as expected"), r.all());
    }

    @Test
    void versionNamesTheProjectVersion() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().startsWith("tcheck "), r.all());
    }

    @Test
    void reportRendersFromAResultsDirectory(@TempDir Path out) {
        assertEquals(0, Cli.run("check", "race-counter/unsynchronized", "-q", "--results", results.toString()).exitCode());
        Cli r = Cli.run("report", "--results", results.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.all());
        Path index = out.resolve("index.html").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(index), r.all());
        assertTrue(r.out().strip().endsWith(index.toString()), r.all());
    }

    @Test
    void linearizabilityFindsANonLinearizableHistoryAndVerifiesTheFixedObject() {
        Cli buggy = Cli.run("check", "race-counter/unsynchronized", "--linearizability", "--results", results.toString());
        assertEquals(0, buggy.exitCode(), buggy.all());
        assertTrue(buggy.out().contains("non-linearizable"), buggy.all());
        Cli fixed = Cli.run("check", "race-counter/atomic", "--linearizability", "--results", results.toString());
        assertEquals(0, fixed.exitCode(), fixed.all());
        assertTrue(fixed.out().contains("verified"), fixed.all());
    }
}
