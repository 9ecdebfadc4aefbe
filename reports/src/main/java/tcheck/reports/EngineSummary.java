package tcheck.reports;

import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.results.text.CellSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * One engine's column in a line: how many buggy variants it caught of those it ran, how many fixed
 * variants came back clean (verified or passed) of those it ran, how many it could not run here, and
 * the time all its results took.
 */
public record EngineSummary(String engine, int buggyCaught, int buggyRun, int fixedClean, int fixedRun, int notAvailable,
                            int errors, long millis) {

    public static EngineSummary of(Matrix m, String engine) {
        int caught = 0, buggy = 0, clean = 0, fixed = 0, na = 0, errors = 0;
        long millis = 0;
        for (ScenarioInfo row : m.rows()) {
            Result r = m.cell(row, engine).orElse(null);
            if (r == null) {
                continue;
            }
            if (r.verdict() == Verdict.NOT_AVAILABLE) {
                na++;
                continue;
            }
            millis += r.millis();
            if (r.verdict() == Verdict.ERROR) {
                errors++;
            }
            if ("buggy".equals(r.expected())) {
                buggy++;
                if (r.verdict() == Verdict.COUNTEREXAMPLE) {
                    caught++;
                }
            } else if ("fixed".equals(r.expected())) {
                fixed++;
                if (r.verdict() == Verdict.VERIFIED || r.verdict() == Verdict.PASSED || r.verdict() == Verdict.BOUNDED) {
                    clean++;
                }
            }
        }
        return new EngineSummary(engine, caught, buggy, clean, fixed, na, errors, millis);
    }

    public static List<EngineSummary> all(Matrix m) {
        List<EngineSummary> out = new ArrayList<>();
        for (String e : m.engines()) {
            out.add(of(m, e));
        }
        return out;
    }

    /** "buggy caught 7/9, fixed clean 10/10, 41 s" (or "not available" / "not run"). */
    public String text() {
        if (buggyRun + fixedRun == 0) {
            return notAvailable > 0 ? "not available here" : "not run";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("buggy caught ").append(buggyCaught).append('/').append(buggyRun)
                .append(", fixed clean ").append(fixedClean).append('/').append(fixedRun);
        if (errors > 0) {
            sb.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        }
        if (notAvailable > 0) {
            sb.append(", ").append(notAvailable).append(" not available");
        }
        return sb.append(", ").append(CellSummary.seconds(millis)).toString();
    }
}
