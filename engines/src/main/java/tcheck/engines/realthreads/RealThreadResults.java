package tcheck.engines.realthreads;

import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Scenario;

import java.util.Map;

/** A real-thread run's outcome in the results contract (engine {@code real-threads}). */
public final class RealThreadResults {
    public static final String ENGINE = "real-threads";

    private RealThreadResults() {
    }

    /**
     * @param verdict  passed when every run met its properties, counterexample when a run showed
     *                 the bug (e.g. the JVM reported the deadlock), not-observed when a buggy
     *                 variant's bug did not show on real threads this time
     * @param runs     how many times the program ran
     * @param details  what was measured (bound, runs, per-run figures, deadlocked threads ...)
     */
    public static Result of(Scenario s, Verdict verdict, FailureKind kind, long runs, long millis, String message,
                            Map<String, Object> details) {
        return Result.builder(s.family(), s.variant(), s.expected().json(), ENGINE)
                .verdict(verdict).kind(kind).complete(false).executions(runs).millis(millis)
                .message(message).title(s.title()).lesson(s.lesson()).details(details)
                .build();
    }
}
