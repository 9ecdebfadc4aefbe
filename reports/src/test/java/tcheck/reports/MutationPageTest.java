package tcheck.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.reports.MutationResults.EngineStatus;
import tcheck.reports.MutationResults.Mutant;
import tcheck.reports.MutationResults.Outcome;
import tcheck.reports.MutationResults.Status;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MutationPageTest {
    @TempDir
    Path results;
    @TempDir
    Path out;

    private static Outcome killed(String engine, FailureKind kind) {
        return new Outcome(engine, EngineStatus.KILLED, Verdict.COUNTEREXAMPLE, kind, false, 3, 10, "0.1", "lost update");
    }

    private static Outcome passed(String engine, boolean complete) {
        return new Outcome(engine, EngineStatus.SURVIVED, complete ? Verdict.VERIFIED : Verdict.PASSED, null, complete, 4, 10, null, "no violation");
    }

    private static Mutant mutant(String id, String op, String change, int line, List<Outcome> outcomes) {
        return new Mutant(id, op, "tcheck.scenarios.x.Counter", change, "Counter.java", line, Status.of(outcomes), outcomes);
    }

    private static MutationResults counter() {
        return new MutationResults(MutationResults.SCHEMA, "run-1", "race-counter", "synchronized", "2x1", List.of("explorer", "jcstress"),
                List.of(mutant("race-counter/synchronized#1", "drop-synchronized-method", "synchronized removed from increment()", 17,
                                List.of(killed("explorer", FailureKind.INVARIANT), new Outcome("jcstress", EngineStatus.NOT_RUN, null, null, false, 0, 0, null, "cannot be given"))),
                        mutant("race-counter/synchronized#2", "drop-synchronized-method", "synchronized removed from get()", 22,
                                List.of(passed("explorer", true), new Outcome("jcstress", EngineStatus.NOT_RUN, null, null, false, 0, 0, null, "cannot be given"))),
                        mutant("race-counter/synchronized#3", "drop-volatile", "volatile removed from field count", 9,
                                List.of(passed("explorer", false), new Outcome("jcstress", EngineStatus.NOT_RUN, null, null, false, 0, 0, null, "cannot be given")))));
    }

    @Test
    void statusesFollowTheEngines() {
        List<Mutant> ms = counter().mutants();
        assertEquals(Status.KILLED, ms.get(0).status());
        assertEquals(Status.EQUIVALENT, ms.get(1).status(), "the only engine that ran passed it with a complete search");
        assertEquals(Status.SURVIVED, ms.get(2).status(), "a bounded pass proves nothing");
        MutationResults.KillRate explorer = MutationResults.killRates(List.of(counter())).get(0);
        assertEquals(1, explorer.killed());
        assertEquals(2, explorer.ran(), "the equivalent mutant is not counted");
        assertEquals(0, MutationResults.killRates(List.of(counter())).get(1).ran(), "jcstress ran none");
        assertEquals(Status.EQUIVALENT, Status.of(List.of(passed("explorer", true), passed("fray", false))),
                "a sampling engine's pass does not stand against a complete search's");
        assertEquals(Status.KILLED, Status.of(List.of(passed("explorer", true), killed("jcstress", FailureKind.INVARIANT))),
                "a kill by any engine (a memory-model bug) wins over a complete search under sequential consistency");
    }

    @Test
    void theReportGetsAMutationPageAndTheIndexLinksIt() throws Exception {
        MutationFiles.write(results, counter());
        Files.writeString(MutationFiles.dir(results).resolve("broken__variant.json"), "{ not json");
        Report report = ReportGenerator.generate(List.of(results), out, List.of(), List.of());

        String page = Files.readString(out.resolve(MutationPage.FILE));
        assertTrue(page.contains("<li class=\"low\" data-engine=\"explorer\">explorer: 1 of 2 killed (50%)</li>"), page);
        assertTrue(page.contains("data-variant=\"race-counter/synchronized\" data-operator=\"drop-synchronized-method\">"
                + "<span class=\"detail\">explorer: 1/1</span><span class=\"detail\">jcstress: not run</span>"
                + "<span class=\"detail\">1 equivalent</span>"), page);
        assertTrue(page.contains("<td class=\"cell caught\" data-variant=\"race-counter/synchronized\" data-operator=\"drop-volatile\">"), page);
        assertTrue(page.contains("<tr data-mutant=\"race-counter/synchronized#3\" data-status=\"survived\">"), page);
        assertTrue(page.contains("<code>Counter.java:17</code>"), page);
        assertTrue(Files.readString(out.resolve("index.html")).contains("<a href=\"mutations.html\">Mutation testing</a>"));
        assertTrue(report.problems().stream().anyMatch(p -> p.where().endsWith("broken__variant.json")), report.problems().toString());
    }

    @Test
    void withoutMutationResultsThereIsNoPageAndNoLink() throws Exception {
        Files.writeString(out.resolve(MutationPage.FILE), "stale");
        ReportGenerator.generate(List.of(results), out, List.of(), List.of());
        assertFalse(Files.exists(out.resolve(MutationPage.FILE)), "a page of an earlier run would show stale results");
        assertFalse(Files.readString(out.resolve("index.html")).contains("mutations.html"));
    }
}
