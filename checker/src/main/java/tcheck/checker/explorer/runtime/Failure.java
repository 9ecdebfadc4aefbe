package tcheck.checker.explorer.runtime;

import tcheck.results.FailureKind;

import java.util.Map;

/**
 * What went wrong in an execution.
 *
 * @param kind    a results-contract kind ({@link FailureKind#label()}), or one of the explorer's own:
 *                {@link #ERROR} (the run went wrong, no counterexample), {@link #STEP_BOUND} (cut,
 *                no verdict of its own) or {@link #UNDECIDED}; kept as a word because those three are
 *                not the contract's kinds
 * @param step    1-based index of the step where it shows, or 0 for "after the last step"
 * @param details structured evidence (deadlock holders and waiters, the livelock cycle ...)
 */
public record Failure(String kind, String message, int step, Map<String, Object> details) {
    /** The execution itself went wrong (not controllable, interrupted, diverged): an error, never a counterexample. */
    public static final String ERROR = "error";
    /** The execution was cut at the step bound without a livelock. */
    public static final String STEP_BOUND = "step-bound";

    /** The linearizability check ran out of its budget on this execution's history: not shown wrong, not shown right. */
    public static final String UNDECIDED = "undecided";

    public Failure(FailureKind kind, String message, int step, Map<String, Object> details) {
        this(kind.label(), message, step, details);
    }

    /** The contract kind of this failure, or null for {@link #ERROR}, {@link #STEP_BOUND} and {@link #UNDECIDED}. */
    public FailureKind resultKind() {
        return FailureKind.orNull(kind);
    }

    public boolean isError() {
        return ERROR.equals(kind);
    }

    /** The detail that marks an error found by waiting out the stuck timeout (a thread blocked where the explorer cannot see). */
    public static final String STUCK = "stuck";

    /** An error found by waiting out the stuck timeout: running the same schedule again would wait it out again. */
    public boolean isStuck() {
        return isError() && Boolean.TRUE.equals(details.get(STUCK));
    }

    public boolean isStepBound() {
        return STEP_BOUND.equals(kind);
    }

    public boolean isUndecided() {
        return UNDECIDED.equals(kind);
    }
}
