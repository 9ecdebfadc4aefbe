package tcheck.checker.results;

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
 */
public record TraceStep(int step, String thread, String action, String where, Map<String, Object> state,
                        List<StepMark> marks, String operation, StepKind kind, String location) {
    public TraceStep {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    public TraceStep(int step, String thread, String action, String where, Map<String, Object> state) {
        this(step, thread, action, where, state, List.of(), null, null, null);
    }

    public boolean has(StepMark mark) {
        return marks.contains(mark);
    }
}
