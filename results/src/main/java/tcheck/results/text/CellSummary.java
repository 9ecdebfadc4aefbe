package tcheck.results.text;

import tcheck.results.Result;
import tcheck.results.Verdict;

import java.util.Locale;

/**
 * What one matrix cell says, in the same words in HTML, Markdown and the terminal.
 *
 * @param state     css-friendly class: caught, verified, bounded, passed, not-observed, not-available, not-run, error, other
 * @param headline  the verdict in words ("caught", "verified", "not run", ...)
 * @param detail    the evidence in a few words ("invariant, 4 steps"; "1,234 executions, complete"), may be empty
 * @param agreement how the verdict compares with what the variant is expected to be
 */
public record CellSummary(String state, String headline, String detail, Agreement agreement) {

    /** Buggy variants should be caught; fixed ones should come back clean. */
    public enum Agreement {
        /** The engine said what the variant's label predicts. */
        AS_EXPECTED,
        /** A fixed variant caught, a buggy one claimed verified by a complete search, or an engine error. */
        UNEXPECTED,
        /** A buggy variant that this (non-exhaustive or bounded) run did not catch. */
        MISSED,
        /** Nothing to compare: not run, or the expectation is unknown. */
        NONE
    }

    public static final CellSummary NOT_RUN = new CellSummary("not-run", "not run", "", Agreement.NONE);

    public String text() {
        return detail.isEmpty() ? headline : headline + ": " + detail;
    }

    public static CellSummary of(Result r) {
        if (r == null) {
            return NOT_RUN;
        }
        // an engine that does not count its runs (Lincheck) names its budget instead of "0 executions"
        String unit = r.details() != null && r.details().get("unit") instanceof String u ? u.replaceAll("s$", "") : "execution";
        String executions = r.executions() > 0 || r.strategy() == null ? count(r.executions(), unit)
                : shorten(r.strategy(), 60);
        String time = ", " + seconds(r.millis());
        if (r.verdict() == null) {
            return new CellSummary("other", "", executions, Agreement.NONE);
        }
        return switch (r.verdict()) {
            case COUNTEREXAMPLE -> new CellSummary("caught", "caught", caughtDetail(r), agree(r, true));
            case VERIFIED -> Boolean.FALSE.equals(r.complete())
                    ? new CellSummary("bounded", "verified", executions + ", bounded" + time, agree(r, false))
                    : new CellSummary("verified", "verified", executions + ", complete" + time, agree(r, false));
            case BOUNDED -> new CellSummary("bounded", "bounded", executions + ", not complete" + time, agree(r, false));
            case PASSED -> new CellSummary("passed", "passed", executions + time, agree(r, false));
            case NOT_OBSERVED -> new CellSummary("not-observed", "not observed", executions + time, agree(r, false));
            case ERROR -> new CellSummary("error", "error", r.message() == null ? "" : shorten(r.message(), 80),
                    Agreement.UNEXPECTED);
            case NOT_AVAILABLE -> new CellSummary("not-available", "not available",
                    r.message() == null ? "" : shorten(r.message().replaceFirst("^not available: ", ""), 80), Agreement.NONE);
        };
    }

    private static String caughtDetail(Result r) {
        StringBuilder sb = new StringBuilder(r.kind() == null ? "counterexample" : r.kind().label());
        int steps = r.trace() == null ? 0 : r.trace().size();
        if (steps > 0) {
            sb.append(", ").append(count(steps, "step"));
        } else if (r.executions() > 0) {
            String unit = r.details() != null && r.details().get("unit") instanceof String u ? u.replaceAll("s$", "") : "execution";
            sb.append(", ").append(count(r.executions(), unit));
        }
        return sb.append(", ").append(seconds(r.millis())).toString();
    }

    /** A counterexample agrees with "buggy"; anything clean agrees with "fixed". */
    private static Agreement agree(Result r, boolean foundBug) {
        String expected = r.expected();
        if ("buggy".equals(expected)) {
            if (foundBug) {
                return Agreement.AS_EXPECTED;
            }
            // A complete search that finds nothing in a buggy variant contradicts the label.
            boolean completeSearch = r.verdict() == Verdict.VERIFIED && !Boolean.FALSE.equals(r.complete());
            return completeSearch ? Agreement.UNEXPECTED : Agreement.MISSED;
        }
        if ("fixed".equals(expected)) {
            return foundBug ? Agreement.UNEXPECTED : Agreement.AS_EXPECTED;
        }
        return Agreement.NONE;
    }

    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Time to the verdict: "0.4 s", "12 s", "2.1 min". */
    public static String seconds(long millis) {
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        if (millis < 120_000) {
            return String.format(Locale.ROOT, "%d s", Math.round(millis / 1000.0));
        }
        return String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
    }

    private static String shorten(String s, int max) {
        String oneLine = s.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
    }
}
