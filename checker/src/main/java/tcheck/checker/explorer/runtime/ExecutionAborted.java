package tcheck.checker.explorer.runtime;

/**
 * Thrown inside threads of an execution that the explorer has ended early (a failure was found,
 * a deadlock, the step bound): it unwinds the thread's stack so the thread dies quietly.
 */
public final class ExecutionAborted extends Error {
    public ExecutionAborted() {
        super("execution ended by the explorer", null, false, false);
    }
}
