package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcome table (final states over the explored executions, with how many executions reached
 * each) and the fixed variants replayed on a buggy variant's failing schedule.
 */
class OutcomesAndFixedReplayTest {

    static Stream<String> buggy() {
        return Catalog.ids().stream().filter(id -> Catalog.get(id).expected() == Expected.BUGGY);
    }

    private static Result result(String id) {
        Scenario s = Catalog.get(id);
        return ExplorerResults.toResult(s, s.defaultBound(), Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults()));
    }

    @Test
    void aCompleteSearchCountsEveryFinalStateOfTheRaceCounter() {
        Scenario s = Catalog.get("race-counter/unsynchronized");
        Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withStrategy("dfs")
                .withBudget(10_000, 60_000));
        Result r = ExplorerResults.toResult(s, s.defaultBound(), e);
        List<Outcome> h = r.histogram();
        assertFalse(h == null || h.isEmpty(), "an outcome table");
        assertTrue(h.stream().anyMatch(o -> o.outcome().equals("count=1") && o.grading().equals("FORBIDDEN")
                && o.description().equals("invariant")), "the lost update: " + h);
        assertTrue(h.stream().noneMatch(o -> o.outcome().contains("count=2") && o.grading().equals("FORBIDDEN")), h.toString());
        assertEquals(e.executions(), h.stream().mapToLong(Outcome::count).sum(), "each explored execution counted once: " + h);
        assertFalse(r.details().containsKey(Explorer.OUTCOMES), "the table is the histogram, not a detail");
    }

    @Test
    void aFixedVariantsTableHasOnlyAcceptableOutcomes() {
        Result r = result("race-counter/synchronized");
        assertEquals(Verdict.VERIFIED, r.verdict());
        assertEquals(List.of("count=2"), r.histogram().stream().map(Outcome::outcome).toList());
        assertTrue(r.histogram().stream().allMatch(o -> o.grading().equals("ACCEPTABLE")), r.histogram().toString());
    }

    @ParameterizedTest
    @MethodSource("buggy")
    void everyFixedVariantIsReplayedOnTheBuggySchedule(String id) {
        Result r = result(id);
        assertEquals(Verdict.COUNTEREXAMPLE, r.verdict(), id);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fixed = (List<Map<String, Object>>) r.details().get(FixedOnBuggySchedule.DETAILS_KEY);
        List<String> fixedVariants = Catalog.select(r.scenario()).stream().filter(s -> s.expected() == Expected.FIXED).map(Scenario::variant).toList();
        assertEquals(fixedVariants, fixed.stream().map(m -> m.get("variant")).toList(), id);
        for (Map<String, Object> m : fixed) {
            assertEquals("passed", m.get("verdict"), id + " fixed by " + m.get("variant") + ": " + m.get("message"));
            assertFalse(((List<?>) m.get("trace")).isEmpty(), id + ": a trace of the fixed variant");
        }
    }

    @Test
    void onTheIfWaitScheduleTheWhileLoopWaitsAgain() {
        Result r = result("pcp-condition/if-wait");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fixed = (List<Map<String, Object>>) r.details().get(FixedOnBuggySchedule.DETAILS_KEY);
        Map<String, Object> loop = fixed.stream().filter(m -> m.get("variant").equals("two-conditions")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<TraceStep> trace = (List<TraceStep>) loop.get("trace");
        long awaits = trace.stream().filter(s -> s.thread().equals("C1") && s.action().startsWith("await notEmpty")).count();
        assertTrue(awaits >= 2, "woken with nothing to take, C1 checks again and waits again: "
                + trace.stream().map(s -> s.thread() + " " + s.action()).toList());
    }
}
