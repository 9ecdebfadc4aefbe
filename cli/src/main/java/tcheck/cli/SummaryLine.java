package tcheck.cli;

import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.scenario.Scenario;

/** One line per checked scenario: what the explorer said, how much it explored, and whether that was expected. */
final class SummaryLine {
    private SummaryLine() {
    }

    static String of(Scenario s, Exploration e, int idWidth) {
        String verdict = e.verdict() + (e.kind() == null ? "" : " (" + e.kind() + ")");
        return String.format("%-" + idWidth + "s  %-26s  %,9d execution%s  %8s  %s%s", s.id(), verdict, e.executions(),
                e.executions() == 1 ? " " : "s", Durations.format(e.millis()), expectation(s, e), timing(e));
    }

    /**
     * The time above is the whole run's (search, the search for fewer preemptions, shrinking); when
     * the first counterexample came much earlier, or a budget cut a phase short, say so.
     */
    static String timing(Exploration e) {
        StringBuilder out = new StringBuilder();
        long first = e.firstCounterexampleMillis();
        if (e.foundCounterexample() && first >= 0 && !Durations.format(first).equals(Durations.format(e.millis()))) {
            out.append("; first counterexample after ").append(Durations.format(first));
        }
        for (String key : new String[] {"budgetCut", "shrinkCut"}) {
            if (e.details().get(key) instanceof String cut) {
                out.append("; ").append(cut);
            }
        }
        return out.toString();
    }

    static String expectation(Scenario s, Exploration e) {
        String wanted = switch (s.expected()) {
            case BUGGY -> "a counterexample";
            case FIXED -> "verified";
        };
        if (!ExplorerResults.asExpected(s, e)) {
            return "NOT as expected: " + s.expected().json() + ", expected " + wanted;
        }
        // the verdict decides; a different kind is worth a word (the lesson may be about another failure)
        boolean otherKind = s.expectedKind() != null && e.kind() != null && !s.expectedKind().equals(e.kind());
        return "as expected (" + s.expected().json() + ")" + (otherKind ? ", though the scenario names kind " + s.expectedKind() : "");
    }
}
