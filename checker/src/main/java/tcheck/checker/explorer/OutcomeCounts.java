package tcheck.checker.explorer;

import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Failure;
import tcheck.results.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A jcstress-style table over the executions an exploration ran: which final states occurred, with
 * which verdict, in how many distinct executions. Each schedule counts once (a run of several
 * searches meets some executions again), abandoned (redundant) executions not at all. The counts
 * are of explored executions, not frequencies on a real JVM: partial-order reduction runs one
 * execution of each class of equivalent ones.
 */
final class OutcomeCounts {
    /** How a verdict is graded, in jcstress's words, so the report can colour it alike. */
    static final String ACCEPTABLE = "ACCEPTABLE";
    static final String FORBIDDEN = "FORBIDDEN";

    private record Row(String state, String grading, String description) {
    }

    private final Set<String> seen = new java.util.HashSet<>();
    private final Map<Row, Long> counts = new LinkedHashMap<>();

    void add(Execution ex, Failure f, String schedule) {
        if (ex.redundant() || !seen.add(schedule)) {
            return;
        }
        Map<String, Object> state = ex.finalState();
        // a failure ends the run at once (its threads are unwound, not finished): there is no final state to show
        String shown = state != null ? describe(state) : f == null ? "(no final state)" : "(stopped at the failure)";
        Row row = f == null ? new Row(shown, ACCEPTABLE, "no failure")
                : f.isStepBound() ? new Row(shown, "BOUNDED", "cut at the step bound")
                : f.isUndecided() ? new Row(shown, "BOUNDED", "linearizability not decided within the budget")
                : new Row(shown, FORBIDDEN, f.kind());
        counts.merge(row, 1L, Long::sum);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Most frequent first; equal counts in the order they were first met. */
    List<Outcome> outcomes() {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<Row, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<Row, Long> e : rows) {
            out.add(new Outcome(e.getKey().state(), e.getValue(), (double) e.getValue() / total, e.getKey().grading(),
                    e.getKey().description()));
        }
        return out;
    }

    private static String describe(Map<String, Object> state) {
        if (state.isEmpty()) {
            return "(no shared state shown)";
        }
        List<String> parts = new ArrayList<>();
        state.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(", ", parts);
    }
}
