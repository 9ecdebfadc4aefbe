package tcheck.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One step of a trace: which thread did what, where in the scenario's source, the shared state
 * right after it, and what the step contributes to the failure (none for most steps).
 *
 * @param operation the method of the code under test the step runs in ("withdraw"), or null when
 *                  unknown or in the harness; consecutive steps of one thread in one operation fold
 *                  into one line
 * @param kind      what sort of operation the step is, or null when the engine does not say
 * @param location  the shared location a memory step or call touches ("account.balance", "granted[1]"), or null
 * @param sync      when the engine knows it, the synchronization state after the step (thread statuses,
 *                  lock owners, wait sets); older results files have none
 */
public record TraceStep(int step, String thread, String action, String where, Map<String, Object> state,
                        List<StepMark> marks, String operation, StepKind kind, String location,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SyncState sync) {

    @JsonCreator
    public TraceStep {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A step with what it contributes to the failure, without synchronization state. */
    public TraceStep(int step, String thread, String action, String where, Map<String, Object> state,
                     List<StepMark> marks, String operation, StepKind kind, String location) {
        this(step, thread, action, where, state, marks, operation, kind, location, null);
    }

    /** A step with its synchronization state and no marks. */
    public TraceStep(int step, String thread, String action, String where, Map<String, Object> state, SyncState sync) {
        this(step, thread, action, where, state, List.of(), null, null, null, sync);
    }

    /** A plain step (engines that see neither the program's locks nor its operations). */
    public TraceStep(int step, String thread, String action, String where, Map<String, Object> state) {
        this(step, thread, action, where, state, List.of(), null, null, null, null);
    }

    public boolean has(StepMark mark) {
        return marks.contains(mark);
    }
}
