package tcheck.checker.linearizability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer for one history. When linearizable, {@link #linearization()} is a witness order; when
 * not, {@link #longestPrefix()} is the longest partial linearization the search reached and
 * {@link #stuckAt()} the operation that could not come next, with {@link #reason()} in words.
 *
 * @param steps     search steps taken (each call tried counts one)
 * @param cacheHits how often a (linearized set, state) pair was met again and pruned
 */
public record LinearizabilityResult(Verdict verdict, String spec, History history, List<LinearizedStep> order,
                                    OperationRecord stuckAt, String reason, long steps, long cacheHits, long nanos) {

    public enum Verdict {
        LINEARIZABLE, NOT_LINEARIZABLE,
        /** The step budget ran out before an answer. */
        UNKNOWN
    }

    public LinearizabilityResult {
        order = List.copyOf(order);
    }

    public boolean linearizable() {
        return verdict == Verdict.LINEARIZABLE;
    }

    /** The witness order; empty unless linearizable. */
    public List<LinearizedStep> linearization() {
        return linearizable() ? order : List.of();
    }

    /** For a linearizable history the whole witness; else the longest partial linearization found. */
    public List<LinearizedStep> longestPrefix() {
        return order;
    }

    public long millis() {
        return nanos / 1_000_000;
    }

    /** The history as a table (threads as columns, real-time order), then the verdict and its evidence. */
    public String render() {
        return HistoryTable.render(history, this);
    }

    /** Structured evidence for a results file's {@code details}. */
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("spec", spec);
        d.put("linearizable", verdict.name().toLowerCase(java.util.Locale.ROOT));
        d.put("operations", history.size());
        d.put("history", history.operations().stream().map(o -> Map.of(
                "thread", o.thread(), "operation", o.toString(),
                "invocation", o.invocation(), "response", o.pending() ? "pending" : o.response())).toList());
        d.put(linearizable() ? "linearization" : "longestPrefix", order.stream()
                .map(s -> s.op().thread() + " " + s.op() + "  => " + s.stateAfter()).toList());
        if (stuckAt != null) {
            d.put("stuckAt", stuckAt.thread() + " " + stuckAt);
            d.put("reason", reason);
        }
        d.put("searchSteps", steps);
        d.put("cacheHits", cacheHits);
        d.put("millis", millis());
        return d;
    }
}
