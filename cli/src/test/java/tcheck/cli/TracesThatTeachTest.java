package tcheck.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.StepKind;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.text.TextTrace;
import tcheck.results.text.TraceFolding;
import tcheck.results.text.WhyItFails;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every buggy variant's default trace teaches: the culprit steps are marked, "fails here" is where
 * the bug happens (not a join or an unlock), the folded trace is short, the preemptions are the
 * fewest, the words name the marked steps, and check and replay of its schedule print the same text.
 */
class TracesThatTeachTest {
    private static final Set<StepKind> NOT_WHERE_A_BUG_HAPPENS = Set.of(StepKind.JOIN, StepKind.START, StepKind.RELEASE);

    @TempDir
    static Path results;

    @TestFactory
    Stream<DynamicTest> everyBuggyVariant() {
        return Catalog.all().stream().filter(s -> s.expected() == Expected.BUGGY)
                .map(s -> DynamicTest.dynamicTest(s.id(), () -> teaches(s)));
    }

    private static void teaches(Scenario s) throws IOException {
        Cli check = Cli.run("check", s.id(), "-q", "--results", results.toString());
        assertEquals(0, check.exitCode(), "as expected, buggy\n" + check.all());
        Result r = ResultsFiles.read(results.resolve(s.family() + "__" + s.variant() + "__explorer.json"));
        String text = TextTrace.render(r);
        List<TraceStep> trace = r.trace();

        List<TraceStep> failing = trace.stream().filter(t -> t.has(StepMark.FAILS_HERE)).toList();
        assertEquals(1, failing.size(), "one step where it fails\n" + text);
        TraceStep at = failing.get(0);
        assertFalse(NOT_WHERE_A_BUG_HAPPENS.contains(at.kind()), "fails on a " + at.kind() + "\n" + text);
        assertEquals(at.step(), r.failingStep(), text);
        trace.stream().filter(t -> t.has(StepMark.NOTICED)).forEach(n ->
                assertTrue(n.step() > at.step(), "the check that notices comes after the act\n" + text));

        List<TraceFolding.Line> folded = TraceFolding.fold(trace);
        if (r.kind() == FailureKind.LIVELOCK) {
            int start = (Integer) r.details().get("cycleStart");
            int length = (Integer) r.details().get("cycleLength");
            assertEquals(start + length - 1, trace.size(), "prefix and one lap\n" + text);
            assertTrue(r.schedule().endsWith(")*"), "a lasso schedule: " + r.schedule());
            assertTrue(text.contains("back to step " + start), text);
        }
        assertTrue(folded.size() <= 12, folded.size() + " folded lines\n" + text);
        assertFalse(r.details().containsKey("budgetCut"), "the search for fewer preemptions finished: " + r.details().get("budgetCut"));
        if (r.kind() == FailureKind.LIVELOCK) {
            // the fewest preemptions of a lasso are found on the map of every reachable state
            assertTrue(r.details().get("statesMapped") instanceof Integer n && n > 0, r.details() + "\n" + text);
        }

        List<String> why = WhyItFails.brief(r);
        assertFalse(why.isEmpty(), text);
        assertTrue(why.stream().anyMatch(w -> w.matches("(?is).*\\bsteps? (\\d+-)?" + at.step() + "\\b.*")),
                "the words name the step where it fails\n" + text);

        Cli replay = Cli.run("replay", s.id(), "--schedule", r.schedule());
        assertEquals(text, replay.out(), "check and replay of the same schedule print the same text");

        if (r.preemptions() != null && r.preemptions() > 0
                && (r.kind() != FailureKind.LIVELOCK || r.preemptions() <= LIVELOCK_PREEMPTIONS_A_BOUNDED_SEARCH_CAN_CHECK)) {
            Exploration fewer = Explorer.explore(new ScenarioSource(s, s.defaultBound()),
                    ExplorerOptions.defaults().withStrategy("pb").withMaxPreemptions(r.preemptions() - 1));
            assertFalse(fewer.foundCounterexample() && r.kind() == fewer.kind(),
                    "a " + r.kind() + " with fewer than " + r.preemptions() + " preemptions exists: " + fewer.schedule());
            if (r.kind() == FailureKind.LIVELOCK) {
                // the livelock is a lasso: the search that finds none must have gone through all it could reach
                assertFalse(fewer.details().containsKey("budgetCut"), "the search with fewer preemptions is complete: " + fewer.message());
            }
        }
    }

    /**
     * An independent check of a livelock's fewest preemptions, the preemption-bounded search with one
     * fewer going through all it can reach, finishes within its budget up to this many (the back-off
     * transfer's 2); the generous philosophers' 7 would take it far longer, their count rests on the map.
     */
    private static final int LIVELOCK_PREEMPTIONS_A_BOUNDED_SEARCH_CAN_CHECK = 3;

    @Test
    void checkThenWithdrawMarksTheStaleCheckTheOtherWithdrawalAndTheOverdraft() throws IOException {
        Result r = checked("deposit-withdraw/check-then-withdraw");
        TraceStep stale = only(r, StepMark.STALE_CHECK);
        TraceStep change = only(r, StepMark.INTERFERES);
        TraceStep act = only(r, StepMark.FAILS_HERE);
        assertEquals(StepKind.READ, stale.kind());
        assertEquals(StepKind.WRITE, change.kind());
        assertEquals(stale.thread(), act.thread());
        assertTrue(!change.thread().equals(act.thread()) && stale.step() < change.step() && change.step() < act.step(), TextTrace.render(r));
        assertTrue(act.action().contains("<- -5"), act.action());
        String why = String.join(" ", WhyItFails.brief(r));
        assertTrue(why.matches("(?s).*\\bstep " + stale.step() + "\\b.*") && why.matches("(?s).*\\bstep " + change.step() + "\\b.*"), why);
    }

    @Test
    void lostWakeupMarksTheWakeUpThatWentToTheWrongRole() throws IOException {
        Result r = checked("pcp-condition/lost-wakeup");
        TraceStep wrong = only(r, StepMark.WRONG_WAKEUP);
        assertEquals(StepKind.NOTIFY, wrong.kind());
        assertTrue(String.join(" ", WhyItFails.brief(r)).matches("(?s).*\\bstep " + wrong.step() + "\\b.*"), TextTrace.render(r));
    }

    @Test
    void oneAwaitPerRoundBlamesTheOverwriteAndStopsWhereTheReaderRecordsIt() throws IOException {
        Result r = checked("barrier/one-await-per-round");
        TraceStep act = only(r, StepMark.FAILS_HERE);
        TraceStep noticed = only(r, StepMark.NOTICED);
        TraceStep last = r.trace().get(r.trace().size() - 1);
        assertEquals(StepKind.WRITE, act.kind(), TextTrace.render(r));
        assertTrue(act.action().startsWith("write cells["), "the overwrite of a cell is the culprit: " + act.action());
        assertFalse(act.thread().equals(noticed.thread()), "the writer overtakes the reader: " + TextTrace.render(r));
        assertEquals(last.step(), noticed.step(), "the run stops where the wrong value is recorded");
        assertFalse("main".equals(last.thread()), "before main's joins: " + TextTrace.render(r));
        // the barrier the reader passed orders nothing it does next after the writer's next round: the overwrite races with the read
        String why = String.join(" ", WhyItFails.brief(r));
        assertTrue(why.contains("At step " + act.step() + " ") && why.contains("with nothing ordering it after " + noticed.thread() + "'s step"),
                why);
    }

    @Test
    void piecewisePrintingBlamesThePieceThatLandsBetweenAnotherThreadsPieces() throws IOException {
        Result r = checked("interleaved-printing/piecewise");
        TraceStep first = only(r, StepMark.STALE_CHECK);
        TraceStep between = only(r, StepMark.INTERFERES);
        TraceStep act = only(r, StepMark.FAILS_HERE);
        for (TraceStep t : List.of(first, between, act)) {
            assertTrue(t.action().startsWith("text.append()"), "a piece of a line: " + t.action());
        }
        assertEquals(first.thread(), act.thread());
        assertTrue(!between.thread().equals(act.thread()) && first.step() < between.step() && between.step() < act.step(), TextTrace.render(r));
        String why = String.join(" ", WhyItFails.brief(r));
        assertTrue(why.contains("in between, at step " + between.step()) && !why.contains("relying on what it read"), why);
        assertFalse(TextTrace.render(r).lines().anyMatch(l -> l.contains("takes and releases locks")), TextTrace.render(r));
    }

    @Test
    void allStepsUnfoldsWhatTheFoldedTraceHides() throws IOException {
        Result r = checked("deposit-withdraw/check-then-withdraw");
        String folded = TextTrace.render(r);
        String all = TextTrace.render(r, true, false);
        assertFalse(folded.contains("join W1"), folded);
        assertTrue(all.contains("join W1") && all.lines().count() > folded.lines().count(), all);
    }

    private static Result checked(String id) throws IOException {
        Cli check = Cli.run("check", id, "-q", "--results", results.toString());
        assertEquals(0, check.exitCode(), "as expected, buggy\n" + check.all());
        return ResultsFiles.read(results.resolve(id.replace("/", "__") + "__explorer.json"));
    }

    private static TraceStep only(Result r, StepMark m) {
        List<TraceStep> marked = r.trace().stream().filter(t -> t.has(m)).toList();
        assertEquals(1, marked.size(), m + "\n" + TextTrace.render(r));
        return marked.get(0);
    }
}
