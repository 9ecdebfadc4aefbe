package tcheck.checker.explorer.runtime;

/**
 * Limits and semantics of one execution.
 *
 * @param maxSteps          steps per execution before it is cut (livelock check happens there)
 * @param stuckTimeoutMillis how long the running thread may go without a scheduling point
 * @param spuriousWakeups   let wait()/await() return without notify, as the JLS allows
 */
public record ExecutionOptions(int maxSteps, long stuckTimeoutMillis, boolean spuriousWakeups) {
    public static ExecutionOptions defaults() {
        return new ExecutionOptions(300, 10_000, false);
    }
}
