package tcheck.checker.junit;

import tcheck.checker.explorer.Exploration;
import tcheck.results.FailureKind;
import tcheck.results.TraceStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The message of a test failed by the explorer: what broke, the trace of the schedule that broke it
 * (thread, action, source line, the test instance's fields after the step) and the replay string.
 * Only what the schedule determines is in it (no execution counts, no times), so replaying the
 * schedule yields the identical message.
 */
final class FailureMessage {
    private FailureMessage() {
    }

    static String of(String test, Exploration e) {
        StringBuilder sb = new StringBuilder();
        sb.append(test).append(": interleaving exploration found ").append(label(e)).append(": ").append(e.message()).append('\n');
        if (!e.trace().isEmpty()) {
            appendTrace(sb, e);
        }
        if (e.kind() == FailureKind.DATA_RACE && e.trace().isEmpty()) {
            for (var race : e.races()) {
                sb.append("  ").append(race.describe()).append('\n');
            }
        }
        if (e.preemptions() != null) {
            sb.append("  ").append(e.preemptions()).append(e.preemptions() == 1 ? " preemption" : " preemptions").append('\n');
        }
        if (e.schedule() != null && !e.schedule().isEmpty()) {
            sb.append("  replay with: @ExploreInterleavings(replay = \"").append(e.schedule()).append("\")")
                    .append(" or -D").append(InterleavingsExtension.REPLAY_PARAMETER).append('=').append(e.schedule()).append('\n');
        }
        return sb.toString();
    }

    private static String label(Exploration e) {
        return e.kind() == null ? "a counterexample" : "a counterexample (" + e.kind() + ")";
    }

    /** Columns padded to their widest cell, the failing step marked. */
    private static void appendTrace(StringBuilder sb, Exploration e) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "thread", "action", "where", "state after"});
        for (TraceStep s : e.trace()) {
            rows.add(new String[] {Integer.toString(s.step()), s.thread(), oneLine(s.action()), oneLine(s.where()), state(s.state())});
        }
        int[] widths = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            StringBuilder line = new StringBuilder("  ");
            line.append(" ".repeat(widths[0] - r[0].length())).append(r[0]);
            for (int c = 1; c < r.length; c++) {
                line.append("  ").append(r[c]).append(" ".repeat(widths[c] - r[c].length()));
            }
            String text = line.toString().stripTrailing();
            if (i > 0 && e.failingStep() > 0 && e.trace().get(i - 1).step() == e.failingStep()) {
                text += "   <- fails here";
            }
            sb.append(text).append('\n');
        }
    }

    private static String state(Map<String, Object> state) {
        return state == null || state.isEmpty() ? "" : state.entrySet().stream()
                .map(en -> en.getKey() + "=" + oneLine(String.valueOf(en.getValue()))).collect(Collectors.joining(" "));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
