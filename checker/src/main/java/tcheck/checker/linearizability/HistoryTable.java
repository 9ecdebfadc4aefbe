package tcheck.checker.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a history as a text table: one column per thread, one row per event in real-time order.
 * An operation with nothing happening during it takes one row ({@code get() -> 1}); one that
 * overlaps others opens with {@code / call}, continues with {@code |} and closes with
 * {@code \ call -> result}. With a checker result, {@code #k} marks the k-th operation of the
 * witness order (or of the longest linearizable prefix) and {@code <- stuck} the operation that
 * could not come next. ASCII only, so it reads the same in any console.
 */
final class HistoryTable {
    private static final int MAX_PREFIX_LINES = 30;

    private HistoryTable() {
    }

    static String render(History history, LinearizabilityResult result) {
        List<OperationRecord> ops = history.operations();
        List<String> threads = history.threads();
        Map<Long, String> marks = marks(result);

        // Events in real-time order: +i is the call of ops[i], -(i+1) its return (pending returns last).
        List<long[]> events = new ArrayList<>(); // {position, encoded}
        for (int i = 0; i < ops.size(); i++) {
            events.add(new long[]{ops.get(i).invocation(), i + 1});
            events.add(new long[]{ops.get(i).responseOrInfinity(), -(i + 1)});
        }
        events.sort((a, b) -> Long.compare(a[0], b[0]));

        List<String[]> rows = new ArrayList<>();
        String[] open = new String[threads.size()]; // thread column -> "|" while an operation is open
        for (int e = 0; e < events.size(); e++) {
            long code = events.get(e)[1];
            int opIndex = (int) Math.abs(code) - 1;
            OperationRecord op = ops.get(opIndex);
            int col = threads.indexOf(op.thread());
            String mark = marks.getOrDefault(op.invocation(), "");
            String[] row = Arrays.copyOf(open, open.length);
            if (code > 0) {
                boolean returnsNext = e + 1 < events.size() && events.get(e + 1)[1] == -code && !op.pending();
                if (returnsNext) {
                    row[col] = op + mark;
                    e++;
                } else {
                    row[col] = "/ " + op.call();
                    open[col] = "|";
                }
            } else {
                row[col] = "\\ " + op + mark;
                open[col] = null;
            }
            rows.add(row);
        }
        return header(history, result) + table(threads, rows) + footer(history, result);
    }

    private static Map<Long, String> marks(LinearizabilityResult result) {
        Map<Long, String> marks = new HashMap<>();
        if (result == null) {
            return marks;
        }
        List<LinearizedStep> order = result.longestPrefix();
        for (int k = 0; k < order.size(); k++) {
            marks.put(order.get(k).op().invocation(), "  #" + (k + 1));
        }
        if (result.stuckAt() != null) {
            marks.put(result.stuckAt().invocation(), "  <- stuck");
        }
        return marks;
    }

    private static String header(History history, LinearizabilityResult r) {
        String size = history.size() + " operations, " + history.threads().size() + " threads";
        if (r == null) {
            return "history (" + size + ")\n";
        }
        String verdict = switch (r.verdict()) {
            case LINEARIZABLE -> "linearizable";
            case NOT_LINEARIZABLE -> "NOT linearizable";
            case UNKNOWN -> "unknown (search budget exhausted)";
        };
        return r.spec() + ": " + verdict + " (" + size + "; " + r.steps() + " search steps, "
                + r.cacheHits() + " cache hits, " + r.millis() + " ms)\n";
    }

    private static String table(List<String> threads, List<String[]> rows) {
        int[] width = new int[threads.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = threads.get(c).length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c] == null ? 0 : row[c].length());
            }
        }
        int numWidth = Math.max(2, String.valueOf(rows.size()).length());
        StringBuilder sb = new StringBuilder();
        line(sb, numWidth, "#", threads.toArray(new String[0]), width);
        for (int i = 0; i < rows.size(); i++) {
            line(sb, numWidth, String.valueOf(i + 1), rows.get(i), width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, int numWidth, String num, String[] cells, int[] width) {
        sb.append(" ".repeat(numWidth - num.length() + 2)).append(num);
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "" : cells[c];
            sb.append("  ").append(cell).append(" ".repeat(width[c] - cell.length()));
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static String footer(History history, LinearizabilityResult r) {
        if (r == null) {
            return "";
        }
        if (r.linearizable()) {
            return "  #k: the k-th operation of a legal sequential order\n";
        }
        List<LinearizedStep> prefix = r.longestPrefix();
        StringBuilder sb = new StringBuilder();
        sb.append(r.verdict() == LinearizabilityResult.Verdict.UNKNOWN ? "Longest linearizable prefix before the budget ran out: "
                : "Longest linearizable prefix: ").append(prefix.size()).append(" of ").append(history.completedCount())
                .append(" completed operations\n");
        int from = Math.max(0, prefix.size() - MAX_PREFIX_LINES);
        if (from > 0) {
            sb.append("  ... ").append(from).append(" earlier operations\n");
        }
        for (int k = from; k < prefix.size(); k++) {
            LinearizedStep s = prefix.get(k);
            sb.append("  #").append(k + 1).append("  ").append(s.op().thread()).append("  ").append(s.op())
                    .append("    state: ").append(s.stateAfter()).append('\n');
        }
        if (r.reason() != null) {
            sb.append("Stuck: ").append(r.reason()).append('\n');
        }
        return sb.toString();
    }
}
