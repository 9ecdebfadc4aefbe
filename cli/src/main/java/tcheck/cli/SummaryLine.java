package tcheck.cli;

import tcheck.engines.Verdicts;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Scenario;

/** One line per checked scenario and engine: what the engine said, how much it ran, and whether that was expected. */
final class SummaryLine {
    private SummaryLine() {
    }

    /** The explorer alone: the line without an engine column. */
    static String of(Scenario s, Result r, Verdicts.Agreement a, int idWidth) {
        return String.format("%-" + idWidth + "s  %s", s.id(), rest(s, r, a));
    }

    static String of(Scenario s, Result r, Verdicts.Agreement a, int idWidth, int engineWidth) {
        return String.format("%-" + idWidth + "s  %-" + engineWidth + "s  %s", s.id(), r.engine(), rest(s, r, a));
    }

    static String notApplicable(Scenario s, String engine, String why, int idWidth, int engineWidth) {
        return String.format("%-" + idWidth + "s  %-" + engineWidth + "s  %-26s  %s", s.id(), engine, "not applicable", why);
    }

    /**
     * Under a quiet summary: why a run ended in an error, the first line of its message (the trace that
     * would say it is not printed), or null for any other verdict.
     */
    static String errorReason(Verdict verdict, String message) {
        if (verdict != Verdict.ERROR || message == null || message.isBlank()) {
            return null;
        }
        return "  " + message.lines().findFirst().orElse("").strip();
    }

    private static String rest(Scenario s, Result r, Verdicts.Agreement a) {
        if (r.verdict() == Verdict.NOT_AVAILABLE) {
            return String.format("%-26s  %s", "not available", r.message().replaceFirst("^not available: ", ""));
        }
        String verdict = r.verdict() + (r.kind() == null ? "" : " (" + r.kind() + ")");
        String unit = r.details() != null && r.details().get("unit") instanceof String u ? u.replaceAll("s$", "") : "execution";
        return String.format("%-26s  %,9d %-11s  %8s  %s%s", verdict, r.executions(), unit + (r.executions() == 1 ? "" : "s"),
                Durations.format(r.millis()), expectation(s, r, a), timing(r));
    }

    /**
     * The explorer's time is the whole run's (search, the search for fewer preemptions, shrinking); when
     * the first counterexample came much earlier, or a budget cut a phase short, or the step bound cut every
     * execution (then none reached the program's checks), or the program's random draws were not explored, say so.
     */
    static String timing(Result r) {
        StringBuilder out = new StringBuilder();
        java.util.Map<String, Object> d = r.details() == null ? java.util.Map.of() : r.details();
        if (r.verdict() == Verdict.COUNTEREXAMPLE && r.executions() > 1 && d.get("firstCounterexampleMillis") instanceof Number n
                && n.longValue() >= 0 && !Durations.format(n.longValue()).equals(Durations.format(r.millis()))) {
            out.append("; first counterexample after ").append(Durations.format(n.longValue()));
        }
        for (String key : new String[] {"budgetCut", "shrinkCut", "stepBoundCut", "randomDraws"}) {
            if (d.get(key) instanceof String cut) {
                out.append("; ").append(cut);
            }
        }
        return out.toString();
    }

    static String expectation(Scenario s, Result r, Verdicts.Agreement a) {
        String wanted = switch (s.expected()) {
            case BUGGY -> "a counterexample";
            case FIXED -> "verified";
        };
        return switch (a) {
            case WRONG -> "NOT as expected: " + s.expected().json() + ", expected " + wanted;
            case MISSED -> "missed (buggy; this engine did not find it)";
            case NOT_RUN -> "";
            case AS_EXPECTED -> {
                // the verdict decides; a different kind is worth a word (the lesson may be about another failure)
                boolean otherKind = s.expectedKind() != null && r.kind() != null && FailureKind.of(s.expectedKind()) != r.kind();
                yield "as expected (" + s.expected().json() + ")" + (otherKind ? ", though the scenario names kind " + s.expectedKind() : "");
            }
        };
    }
}
