package tcheck.checker.explorer;

import tcheck.checker.explorer.runtime.RaceDetector;
import tcheck.results.FailureKind;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.List;
import java.util.Map;

/**
 * What an exploration found.
 *
 * @param verdict     counterexample, verified, passed, bounded or error
 * @param kind        the counterexample's kind, or null
 * @param complete    the whole bounded space was searched
 * @param executions  executions run (all strategies of an auto run together)
 * @param boundedExecutions executions cut at the step bound without a livelock
 * @param schedule    replays the counterexample
 * @param failingStep 1-based step where the failure shows (0: after the last step)
 * @param firstCounterexampleMillis time until the first counterexample was seen, or -1
 */
public record Exploration(String target, String strategy, Verdict verdict, FailureKind kind, String message,
                          boolean complete, long executions, long boundedExecutions, long millis,
                          String schedule, Integer preemptions, List<TraceStep> trace, int failingStep,
                          List<String> threads, List<RaceDetector.Race> races, Map<String, Object> details,
                          long firstCounterexampleMillis) {

    public Exploration withExecutions(long n) {
        return new Exploration(target, strategy, verdict, kind, message, complete, n, boundedExecutions, millis, schedule,
                preemptions, trace, failingStep, threads, races, details, firstCounterexampleMillis);
    }

    /**
     * The same finding as reported by a run that did more around it: another strategy label, the
     * run's totals, the races and first-counterexample time of the whole run, and one more detail.
     * {@code detailKey} may be null for none.
     */
    Exploration reportedAs(String strategy, long executions, long boundedExecutions, long millis,
                           List<RaceDetector.Race> races, long firstCounterexampleMillis, String detailKey, Object detail) {
        Map<String, Object> d = details;
        if (detailKey != null) {
            d = new java.util.LinkedHashMap<>(details);
            d.put(detailKey, detail);
        }
        return new Exploration(target, strategy, verdict, kind, message, complete, executions, boundedExecutions, millis,
                schedule, preemptions, trace, failingStep, threads, races, d, firstCounterexampleMillis);
    }

    public boolean foundCounterexample() {
        return verdict == Verdict.COUNTEREXAMPLE;
    }
}
