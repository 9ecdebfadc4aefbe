package tcheck.checker.explorer.runtime;

import java.util.Map;

/**
 * What went wrong in an execution.
 *
 * @param kind    results-contract kind: invariant, exception, deadlock, livelock, torn-read, error ...
 * @param step    1-based index of the step where it shows, or 0 for "after the last step"
 * @param details structured evidence (deadlock holders and waiters, the livelock cycle ...)
 */
public record Failure(String kind, String message, int step, Map<String, Object> details) {
}
