package tcheck.results.text;

import tcheck.results.Result;
import tcheck.results.TraceStep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace laid out for display: its steps, the threads in the order they were started, else in the
 * order they first act (the swimlane columns), the shared-state variables in the order they first appear, and which step fails.
 * Shared by the text trace and the HTML page so both show the same columns.
 */
public record TraceView(List<TraceStep> steps, List<String> threads, List<String> stateKeys, Integer failingStep) {

    public static TraceView of(Result r) {
        List<TraceStep> steps = present(r.trace());
        return of(steps, failingStep(r, steps));
    }

    /** The steps of a trace not (yet) in a result (the explorer's own), failing at {@code failingStep} (null: none named). */
    public static TraceView of(List<TraceStep> trace, Integer failingStep) {
        List<TraceStep> steps = present(trace);
        // lanes in the order the program started its threads, where the engine says it; else as they first act
        Set<String> threads = new LinkedHashSet<>(SyncStateColumns.startOrder(steps));
        Set<String> keys = new LinkedHashSet<>();
        for (TraceStep s : steps) {
            threads.add(threadOf(s));
            if (s.state() != null) {
                keys.addAll(s.state().keySet());
            }
        }
        return new TraceView(List.copyOf(steps), List.copyOf(threads), List.copyOf(keys), failingStep);
    }

    private static List<TraceStep> present(List<TraceStep> trace) {
        List<TraceStep> steps = new ArrayList<>();
        if (trace != null) {
            for (TraceStep s : trace) {
                if (s != null) {
                    steps.add(s);
                }
            }
        }
        return steps;
    }

    /** Result.failingStep when the engine named one, else the last step (where the run ended). */
    private static Integer failingStep(Result r, List<TraceStep> steps) {
        if (r.failingStep() != null) {
            return r.failingStep();
        }
        return steps.isEmpty() ? null : steps.get(steps.size() - 1).step();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public static String threadOf(TraceStep s) {
        return s.thread() == null || s.thread().isBlank() ? "?" : s.thread();
    }

    /** The value of a state variable after a step, formatted; "" when the step does not record it. */
    public static String stateValue(TraceStep s, String key) {
        Map<String, Object> state = s.state();
        if (state == null || !state.containsKey(key)) {
            return "";
        }
        return ValueFormat.format(state.get(key));
    }
}
