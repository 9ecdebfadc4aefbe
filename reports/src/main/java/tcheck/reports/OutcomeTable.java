package tcheck.reports;

import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.Verdict;

import java.util.Locale;

import static tcheck.reports.Html.esc;

/**
 * The explorer's outcome table, as jcstress shows its own: which final states the explored
 * executions reached, with which verdict, in how many of them. Said plainly that these are counts
 * of explored executions (one of each class of equivalent ones), not how often a JVM shows them.
 */
final class OutcomeTable {
    private OutcomeTable() {
    }

    /** Whether the result has the explorer's table (jcstress's own histogram is shown by its section). */
    static boolean has(Result r) {
        return r.histogram() != null && !r.histogram().isEmpty() && !Engines.isJcstress(r.engine());
    }

    static void append(StringBuilder h, Result r) {
        long total = r.histogram().stream().mapToLong(Outcome::count).sum();
        h.append("<section class=\"outcomes\" id=\"outcomes\"><h2>Outcomes over the explored executions</h2>\n")
                .append("<p class=\"note-line\">Final shared state of each of the ").append(String.format(Locale.ROOT, "%,d", total))
                .append(" distinct executions ").append(esc(r.engine())).append(" ran")
                .append(r.verdict() == Verdict.COUNTEREXAMPLE ? " before it stopped at the counterexample" : "")
                .append("; equivalent interleavings run once, so counts are not frequencies.</p>\n")
                .append("<table class=\"histogram\"><thead><tr><th>final state</th><th>executions</th><th>verdict</th></tr></thead><tbody>\n");
        for (Outcome o : r.histogram()) {
            String grading = o.grading() == null ? "" : o.grading();
            h.append("<tr class=\"grading-").append(esc(grading.toLowerCase(Locale.ROOT).replace('_', '-'))).append("\"><td><code>")
                    .append(esc(o.outcome())).append("</code></td><td class=\"n\">").append(String.format(Locale.ROOT, "%,d", o.count()))
                    .append("</td><td>").append(esc(o.description())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }
}
