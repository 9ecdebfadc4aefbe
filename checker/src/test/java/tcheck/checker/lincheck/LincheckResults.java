package tcheck.checker.lincheck;

import tcheck.checker.results.Result;
import tcheck.checker.results.ResultsFiles;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Turns a {@link LincheckRun} into a results file (DESIGN.md, "Results") and applies what the test
 * expects of it. Verdicts are what happened, never what was hoped: a failure is a
 * "counterexample" with Lincheck's own text kept as {@code engineOutput}; no failure is "passed"
 * for a fixed variant and "not-observed" for a buggy one.
 */
final class LincheckResults {
    static final String MODEL = "lincheck-model";
    static final String STRESS = "lincheck-stress";
    /** {@code Lincheck.runConcurrentTest} on a whole scenario program (model checking of a test body). */
    static final String PROGRAM = "lincheck-program";

    /** What the test asserts about a run. */
    enum Expect {
        /** A buggy variant Lincheck must catch: the test fails if it does not. */
        FINDS_BUG,
        /** A fixed variant: any Lincheck failure fails the test. */
        PASSES,
        /** Recorded, not asserted: a documented blind spot, or a random engine that may miss a rare bug. */
        RECORD_ONLY
    }

    private LincheckResults() {
    }

    /**
     * Writes the result and asserts the expectation.
     *
     * @param budget the budget in words, e.g. "model checking 10 scenarios x 100 invocations, 2 threads x 2 actors"
     * @param note   what a reader should know about this run (a known blind spot ...), or null
     */
    static Result record(String scenarioId, String engine, LincheckRun run, String budget, Expect expect, String note) {
        return record(scenarioId, engine, run, budget, expect, note, null);
    }

    /** As above; {@code knownKind}, when not null, is the kind of a failure the caller saw itself (a scenario's Violation). */
    static Result record(String scenarioId, String engine, LincheckRun run, String budget, Expect expect, String note,
                         String knownKind) {
        Scenario s = Catalog.get(scenarioId);
        String verdict;
        String kind = null;
        String message;
        if (run.crashed()) {
            verdict = "error";
            message = "Lincheck itself threw " + run.headline() + " after " + seconds(run.millis()) + " (" + budget + ")";
        } else if (run.failed()) {
            verdict = "counterexample";
            kind = knownKind != null ? knownKind : kindOf(run.text());
            message = "Lincheck reported " + run.headline() + " in " + seconds(run.millis()) + " (" + budget + ")";
        } else {
            verdict = s.expected() == Expected.FIXED ? "passed" : "not-observed";
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
        Result r = Result.builder(s.family(), s.variant(), s.expected().json(), engine)
                .verdict(verdict).kind(kind).complete(false)
                .executions(0).millis(run.millis())
                .strategy(budget).message(message)
                .title(s.title()).lesson(s.lesson())
                .bound(engine.equals(PROGRAM) ? s.defaultBound().toString() : null)
                .details(details).engineOutput(run.text())
                .build();
        ResultsFiles.write(r);
        System.out.println("[" + engine + "] " + scenarioId + ": " + verdict + (kind != null ? " (" + kind + ")" : "") + " - " + message);

        switch (expect) {
            case FINDS_BUG -> assertTrue(run.failed() && !run.crashed(), scenarioId + " is buggy, but Lincheck found nothing: " + message);
            case PASSES -> assertFalse(run.failed() || run.crashed(), () -> scenarioId + " is fixed, but Lincheck failed:\n" + run.text());
            case RECORD_ONLY -> {
                // the results file says what happened
            }
        }
        return r;
    }

    /** The contract's kind for Lincheck's headline; Lincheck's own words stay in the message. */
    static String kindOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("invalid execution results")) {
            return "non-linearizable";
        }
        if (t.contains("livelock")) {
            return "livelock";
        }
        if (t.contains("deadlock") || t.contains("hung") || t.contains("hang")) {
            return "deadlock";
        }
        if (t.contains("exception")) {
            return "exception";
        }
        return null;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
