package tcheck.checker.junit;

import tcheck.checker.explorer.Exploration;
import tcheck.results.FailureKind;
import tcheck.results.text.TextTrace;
import tcheck.results.text.TraceView;

/**
 * The message of a test failed by the explorer: what broke, the trace of the schedule that broke it
 * (thread, action, source line, the test instance's fields after the step, in the same table as
 * {@code tcheck check} prints) and the replay string, in JUnit's terms.
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

    /**
     * The shared text layout of a trace ({@link TextTrace#table}), every step on its own line: a test's
     * failure is read once, with nothing folded away. A failing step of 0 means "after the last step".
     */
    private static void appendTrace(StringBuilder sb, Exploration e) {
        Integer failing = e.failingStep() > 0 ? e.failingStep() : null;
        sb.append(TextTrace.table(TraceView.of(e.trace(), failing), true, failing != null));
    }
}
