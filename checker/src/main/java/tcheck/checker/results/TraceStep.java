package tcheck.checker.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * One step of a trace: which thread did what, where in the scenario's source, and the shared
 * state right after it. {@code sync}, when the engine knows it, is the synchronization state after
 * the step (thread statuses, lock owners, wait sets); older results files have none.
 */
public record TraceStep(int step, String thread, String action, String where, Map<String, Object> state,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SyncState sync) {

    @JsonCreator
    public TraceStep {
    }

    /** A step without synchronization state (engines that do not see the program's locks). */
    public TraceStep(int step, String thread, String action, String where, Map<String, Object> state) {
        this(step, thread, action, where, state, null);
    }
}
