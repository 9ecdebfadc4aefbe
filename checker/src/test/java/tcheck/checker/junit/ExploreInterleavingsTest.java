package tcheck.checker.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

/** Runs the {@link InterleavingsExamples} through JUnit itself and checks what a user would see. */
class ExploreInterleavingsTest {
    private static EngineExecutionResults run(Map<String, String> parameters, org.junit.platform.engine.DiscoverySelector selector) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(OnlyInTestKit.PARAMETER, "true")
                .configurationParameters(parameters)
                .selectors(selector)
                .execute();
    }

    private static EngineExecutionResults run(Class<?> examples) {
        return run(Map.of(), selectClass(examples));
    }

    /** The one failure of a run of one test, as JUnit reports it. */
    private static Throwable onlyFailure(EngineExecutionResults results) {
        results.testEvents().assertStatistics(s -> s.started(1).failed(1).succeeded(0));
        Event failed = results.testEvents().failed().list().get(0);
        return failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    @Test
    void aLostUpdateFailsTheTestWithTheTraceAndTheReplayString() {
        Throwable t = onlyFailure(run(InterleavingsExamples.RacyCounter.class));
        assertInstanceOf(AssertionError.class, t);
        String m = t.getMessage();
        System.out.println(m); // what a user sees: worth reading in the build log
        assertTrue(m.contains("counterexample (invariant)"), m);
        assertTrue(m.contains("expected: <2> but was: <1>"), m);
        assertTrue(m.contains("read count"), m);
        assertTrue(m.contains("write count"), m);
        assertTrue(m.contains("InterleavingsExamples.java:"), m);
        // the shared trace table: the test instance's fields are columns, their values after each step
        assertTrue(m.lines().anyMatch(l -> l.matches("\\s+#\\s+thread\\s+action\\s+where\\s+count\\b.*")), m);
        assertTrue(m.lines().anyMatch(l -> l.matches("\\s+\\d+\\s+\\S+\\s+write count <- 1\\s+\\S+\\s+1\\b.*")), m);
        assertTrue(m.contains("replay with: @ExploreInterleavings(replay = \""), m);
    }

    @Test
    void aSynchronizedCounterPasses() {
        EngineExecutionResults results = run(InterleavingsExamples.SynchronizedCounter.class);
        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        String entry = results.allEvents().reportingEntryPublished().list().get(0).toString();
        assertTrue(entry.contains("verified"), entry);
    }

    @Test
    void replayingTheReportedScheduleReproducesTheSameFailure() {
        String found = onlyFailure(run(InterleavingsExamples.RacyCounter.class)).getMessage();
        String schedule = found.replaceAll("(?s).*replay = \"([^\"]*)\".*", "$1");
        Throwable replayed = onlyFailure(run(Map.of(InterleavingsExtension.REPLAY_PARAMETER, schedule),
                selectClass(InterleavingsExamples.RacyCounter.class)));
        assertEquals(found, replayed.getMessage());
    }

    /** The annotation's replay attribute: the schedule in it reruns as the same lost update as a found one. */
    @Test
    void theReplayAttributeRerunsThatSchedule() {
        Throwable fromAttribute = onlyFailure(run(InterleavingsExamples.RacyCounterReplay.class));
        Throwable fromParameter = onlyFailure(run(Map.of(InterleavingsExtension.REPLAY_PARAMETER, "0.1.2.2"),
                selectClass(InterleavingsExamples.RacyCounter.class)));
        assertTrue(fromAttribute.getMessage().contains("expected: <2> but was: <1>"), fromAttribute.getMessage());
        assertTrue(fromAttribute.getMessage().contains("replay = \"0.1.2.2\""), fromAttribute.getMessage());
        // the two bodies are the same code at different lines of the file
        assertEquals(withoutPlaces(fromParameter.getMessage()), withoutPlaces(fromAttribute.getMessage()));
    }

    /** A replay whose choices the test never makes (left from an earlier version) fails the test rather than pass it green. */
    @Test
    void aReplayThatDoesNotFitFails() {
        Throwable t = onlyFailure(run(InterleavingsExamples.ReplayThatDoesNotFit.class));
        assertTrue(t.getMessage().contains("does not fit this test") && t.getMessage().contains("were ignored"), t.getMessage());
    }

    private static String withoutPlaces(String message) {
        return message.replaceAll("\\.java:\\d+", ".java:N").replaceAll("RacyCounter(Replay)?", "RacyCounter");
    }

    @Test
    void aBoundedSearchFailsUnlessAllowed() {
        EngineExecutionResults strict = run(Map.of(), selectMethod(InterleavingsExamples.TooSmallBudget.class, "strict"));
        assertTrue(onlyFailure(strict).getMessage().contains("inconclusive"), onlyFailure(strict).getMessage());
        run(Map.of(), selectMethod(InterleavingsExamples.TooSmallBudget.class, "lenient"))
                .testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void beforeEachRunsOnEveryFreshInstance() {
        EngineExecutionResults results = run(InterleavingsExamples.FreshInstances.class);
        List<Event> failures = results.testEvents().failed().list();
        assertTrue(failures.isEmpty(), () -> failures.get(0).getPayload(TestExecutionResult.class).orElseThrow().toString());
        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void examplesStayOutOfOrdinaryRuns() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(InterleavingsExamples.RacyCounter.class)).execute();
        results.testEvents().assertStatistics(s -> s.started(0).failed(0));
        results.containerEvents().assertStatistics(s -> s.skipped(1));
    }
}
