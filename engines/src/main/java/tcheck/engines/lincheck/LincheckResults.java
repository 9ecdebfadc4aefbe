package tcheck.engines.lincheck;

import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link LincheckRun} into the results contract (DESIGN.md, "Results"). Verdicts are what
 * happened, never what was hoped: a failure is a "counterexample" with Lincheck's own text kept as
 * {@code engineOutput}; no failure is "passed" for a fixed variant and "not-observed" for a buggy one;
 * a crash of Lincheck itself is an "error".
 */
final class LincheckResults {
    static final String MODEL = "lincheck-model";
    static final String STRESS = "lincheck-stress";
    /** {@code Lincheck.runConcurrentTest} on a whole scenario program (model checking of a test body). */
    static final String PROGRAM = "lincheck-program";

    private LincheckResults() {
    }

    /**
     * @param budget    the budget in words, e.g. "model checking 10 scenarios x 100 invocations, 2 threads x 2 actors"
     * @param note      what a reader should know about this run (a known blind spot ...), or null
     * @param knownKind the kind of a failure the caller saw itself (a scenario's Violation), or null
     */
    static Result toResult(Scenario s, String engine, LincheckRun run, String budget, String note, FailureKind knownKind) {
        Verdict verdict;
        FailureKind kind = null;
        String message;
        if (run.crashed()) {
            verdict = Verdict.ERROR;
            message = "Lincheck itself threw " + run.headline() + " after " + seconds(run.millis()) + " (" + budget + ")";
        } else if (run.failed()) {
            verdict = Verdict.COUNTEREXAMPLE;
            kind = knownKind != null ? knownKind : kindOf(run.text());
            message = "Lincheck reported " + run.headline() + " in " + seconds(run.millis()) + " (" + budget + ")";
        } else {
            verdict = s.expected() == Expected.FIXED ? Verdict.PASSED : Verdict.NOT_OBSERVED;
            message = (s.expected() == Expected.FIXED ? "no failure" : "bug not found")
                    + " in " + seconds(run.millis()) + " (" + budget + ")";
        }
        if (note != null) {
            message += "; " + note;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("budget", budget);
        details.put("expectedKind", s.expectedKind());
        details.put("lincheckHeadline", run.headline());
        return Result.builder(s.family(), s.variant(), s.expected().json(), engine)
                .verdict(verdict).kind(kind).complete(false)
                .executions(0).millis(run.millis())
                .strategy(budget).message(message)
                .title(s.title()).lesson(s.lesson())
                .bound(engine.equals(PROGRAM) ? s.defaultBound().toString() : null)
                .details(details).engineOutput(run.text())
                .build();
    }
    /** The contract's kind for Lincheck's headline; Lincheck's own words stay in the message. */
    static FailureKind kindOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("invalid execution results")) {
            return FailureKind.NON_LINEARIZABLE;
        }
        if (t.contains("livelock")) {
            return FailureKind.LIVELOCK;
        }
        if (t.contains("deadlock") || t.contains("hung") || t.contains("hang")) {
            return FailureKind.DEADLOCK;
        }
        if (t.contains("exception")) {
            return FailureKind.EXCEPTION;
        }
        return null;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
