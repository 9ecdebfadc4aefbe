package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.Chooser;
import tcheck.checker.explorer.runtime.Execution;

/** A way to pick the executions to run: makes each execution's choices, learns from its outcome. */
public interface Strategy extends Chooser {
    /** Whether there is another execution to run. */
    boolean hasNext();

    /** Called before each execution. */
    void begin();

    /** Called after each execution with everything it recorded; sampling strategies ignore it. */
    default void end(Execution execution) {
    }

    /** True when the strategy has covered its whole space (only exhaustive searches can be). */
    default boolean exhausted() {
        return false;
    }

    String name();
}
