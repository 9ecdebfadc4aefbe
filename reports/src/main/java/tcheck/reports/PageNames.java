package tcheck.reports;

import tcheck.results.Result;
import tcheck.results.Verdict;

/** Where a result's own page lives, relative to the report directory. */
public final class PageNames {
    public static final String TRACES_DIR = "traces";

    private PageNames() {
    }

    /** {@code traces/family__variant__engine.html}, the results file's name with .html. */
    public static String tracePage(Result r) {
        return TRACES_DIR + "/" + safe(r.scenario()) + "__" + safe(r.variant()) + "__" + safe(r.engine()) + ".html";
    }

    /** Whether a result gets a page: every counterexample, and any result with evidence to read. */
    public static boolean hasPage(Result r) {
        return r.verdict() == Verdict.COUNTEREXAMPLE
                || (r.trace() != null && !r.trace().isEmpty())
                || (r.histogram() != null && !r.histogram().isEmpty())
                || (r.engineOutput() != null && !r.engineOutput().isBlank());
    }

    /** File names come from result fields: keep them to a harmless alphabet. */
    private static String safe(String s) {
        return s == null ? "_" : s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
