package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A property a program checks as the run goes ({@code Program.checkSoFar}) ends the execution right
 * after the step that broke it: a reader's torn read fails where the reader records it, not when
 * main has joined everyone and the final check runs.
 */
class CheckSoFarTest {
    private static Exploration explore(ExplorerOptions options) {
        Scenario s = Catalog.get("event-readers/in-place");
        return Explorer.explore(new ScenarioSource(s, s.defaultBound()), options);
    }

    @Test
    void aTornReadEndsTheRunWhereTheReaderRecordsIt() {
        Exploration e = explore(ExplorerOptions.defaults());
        assertEquals(tcheck.results.Verdict.COUNTEREXAMPLE, e.verdict(), e.message());
        assertEquals(tcheck.results.FailureKind.TORN_READ, e.kind(), e.message());
        List<TraceStep> trace = e.trace();
        TraceStep last = trace.get(trace.size() - 1);
        assertTrue(last.thread().startsWith("reader-"), "the run ends at the reader's step, not at main's joins: " + last);
        assertTrue(last.has(StepMark.NOTICED) || last.has(StepMark.FAILS_HERE), "the last step is where it is noticed: " + last);
        assertTrue(trace.stream().noneMatch(t -> "main".equals(t.thread()) && t.step() > 3),
                "main never got to join anyone: " + trace.stream().map(TraceStep::action).toList());
        TraceStep fails = trace.stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        assertTrue(fails.has(StepMark.TORN_READ), "it fails at a torn read: " + fails);
        assertNotEquals("join", fails.action().split(" ")[0]);
    }

    @Test
    void itsReplayStopsAtTheSameStep() {
        Exploration e = explore(ExplorerOptions.defaults());
        Exploration again = explore(ExplorerOptions.defaults().withSchedule(e.schedule()));
        assertEquals(tcheck.results.FailureKind.TORN_READ, again.kind(), again.message());
        assertEquals(e.trace().size(), again.trace().size());
        assertEquals(e.message(), again.message());
        assertEquals(e.failingStep(), again.failingStep());
    }
}
