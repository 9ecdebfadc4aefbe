package tcheck.reports;

import tcheck.checker.results.Result;

import java.util.Locale;

/**
 * What one matrix cell says, in the same words in HTML, Markdown and the terminal.
 *
 * @param state     css-friendly class: caught, verified, bounded, passed, not-observed, not-run, error, other
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
        String verdict = r.verdict() == null ? "" : r.verdict();
        // an engine that does not count its runs (Lincheck) names its budget instead of "0 executions"
        String executions = r.executions() > 0 || r.strategy() == null ? count(r.executions(), "execution")
                : shorten(r.strategy(), 60);
        return switch (verdict) {
            case "counterexample" -> new CellSummary("caught", "caught", caughtDetail(r), agree(r, true));
            case "verified" -> Boolean.FALSE.equals(r.complete())
                    ? new CellSummary("bounded", "verified", executions + ", bounded", agree(r, false))
                    : new CellSummary("verified", "verified", executions + ", complete", agree(r, false));
            case "bounded" -> new CellSummary("bounded", "bounded", executions + ", not complete", agree(r, false));
            case "passed" -> new CellSummary("passed", "passed", executions, agree(r, false));
            case "not-observed" -> new CellSummary("not-observed", "not observed", executions, agree(r, false));
            case "error" -> new CellSummary("error", "error", r.message() == null ? "" : shorten(r.message(), 80),
                    Agreement.UNEXPECTED);
            default -> new CellSummary("other", verdict, executions, Agreement.NONE);
        };
    }

    private static String caughtDetail(Result r) {
        StringBuilder sb = new StringBuilder(r.kind() == null ? "counterexample" : r.kind());
        int steps = r.trace() == null ? 0 : r.trace().size();
        if (steps > 0) {
            sb.append(", ").append(count(steps, "step"));
        } else if (r.executions() > 0) {
            sb.append(", ").append(count(r.executions(), "execution"));
        }
        return sb.toString();
    }

    /** A counterexample agrees with "buggy"; anything clean agrees with "fixed". */
    private static Agreement agree(Result r, boolean foundBug) {
        String expected = r.expected();
        if ("buggy".equals(expected)) {
            if (foundBug) {
                return Agreement.AS_EXPECTED;
            }
            // A complete search that finds nothing in a buggy variant contradicts the label.
            boolean completeSearch = "verified".equals(r.verdict()) && !Boolean.FALSE.equals(r.complete());
            return completeSearch ? Agreement.UNEXPECTED : Agreement.MISSED;
        }
        if ("fixed".equals(expected)) {
            return foundBug ? Agreement.UNEXPECTED : Agreement.AS_EXPECTED;
        }
        return Agreement.NONE;
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String shorten(String s, int max) {
        String oneLine = s.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
    }
}
