package tcheck.reports;

import tcheck.results.Result;
import tcheck.results.text.CellSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static tcheck.reports.Html.esc;

/**
 * {@code index.html}: the verdict matrix (family x variant rows, engine columns), each cell linking to
 * its result's page, followed by what could not be used (missing and corrupt results files).
 */
final class IndexPage {
    private IndexPage() {
    }

    static String render(Matrix m, List<Problem> problems, List<Path> inputDirs, String generatedAt) {
        return render(m, problems, inputDirs, generatedAt, List.of());
    }

    static String render(Matrix m, List<Problem> problems, List<Path> inputDirs, String generatedAt, List<PlayPage.Link> play) {
        StringBuilder h = new StringBuilder(Html.head("tcheck report", ""));
        h.append("<body class=\"index\">\n<header class=\"page-head\">\n<h1>tcheck: textbook concurrency, explored</h1>\n");
        h.append("<p class=\"sub\">Every scenario variant \u00d7 engine, read from the engines' results files. ")
                .append("Click a cell to step through its trace.</p>\n");
        appendCounts(h, m, problems);
        h.append("</header>\n<main>\n");
        appendLegend(h);
        appendMatrix(h, m);
        h.append(PlayPage.indexSection(play));
        appendProblems(h, m, problems, inputDirs);
        h.append("</main>\n<footer>generated ").append(esc(generatedAt)).append(" from ");
        for (int i = 0; i < inputDirs.size(); i++) {
            h.append(i == 0 ? "" : ", ").append("<code>").append(esc(inputDirs.get(i).toAbsolutePath().normalize())).append("</code>");
        }
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void appendCounts(StringBuilder h, Matrix m, List<Problem> problems) {
        int caught = 0, clean = 0, unexpected = 0, notRun = 0;
        for (ScenarioInfo row : m.rows()) {
            for (String e : m.engines()) {
                CellSummary c = CellSummary.of(m.cell(row, e).orElse(null));
                switch (c.state()) {
                    case "caught" -> caught++;
                    case "verified", "passed" -> clean++;
                    case "not-run" -> notRun++;
                    default -> { }
                }
                if (c.agreement() == CellSummary.Agreement.UNEXPECTED) {
                    unexpected++;
                }
            }
        }
        h.append("<ul class=\"counts\" id=\"counts\">")
                .append(count("variants", m.rows().size()))
                .append(count("results", m.results().size()))
                .append(count("caught", caught))
                .append(count("verified or passed", clean))
                .append(count("unexpected", unexpected))
                .append(count("not run", notRun))
                .append(count("problems", problems.size()))
                .append("</ul>\n");
    }

    private static String count(String label, int n) {
        return "<li data-count=\"" + esc(label) + "\"><b>" + n + "</b> " + esc(label) + "</li>";
    }

    private static void appendLegend(StringBuilder h) {
        h.append("<p class=\"legend\">")
                .append("<span class=\"cell caught\">caught</span> counterexample found ")
                .append("<span class=\"cell verified\">verified</span> complete search, nothing found ")
                .append("<span class=\"cell bounded\">bounded</span> budget ran out ")
                .append("<span class=\"cell passed\">passed</span> stress/real threads, nothing found ")
                .append("<span class=\"cell not-observed\">not observed</span> bug not seen in this run ")
                .append("<span class=\"cell error\">error</span> engine failed ")
                .append("<span class=\"cell not-available\">not available</span> engine cannot run on this machine ")
                .append("<span class=\"cell not-run\">not run</span> no results file ")
                .append("<span class=\"flag\">!</span> contradicts the variant's buggy/fixed label</p>\n");
    }

    /** Each engine column in one line; engines the report does not know go without one. */
    private static void appendEngineNotes(StringBuilder h, Matrix m) {
        h.append("<dl class=\"engine-notes\" id=\"engine-notes\">");
        for (String e : m.engines()) {
            String note = EngineNotes.of(e);
            if (note != null) {
                h.append("<dt>").append(esc(e)).append("</dt><dd data-engine=\"").append(esc(e)).append("\">").append(esc(note)).append("</dd>");
            }
        }
        h.append("</dl>\n");
    }

    private static void appendMatrix(StringBuilder h, Matrix m) {
        appendEngineNotes(h, m);
        h.append("<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th>scenario variant</th><th>expected</th>");
        for (String e : m.engines()) {
            String note = EngineNotes.of(e);
            h.append("<th data-engine=\"").append(esc(e)).append("\"").append(note == null ? "" : " title=\"" + esc(note) + "\"")
                    .append(">").append(esc(e)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        if (m.rows().isEmpty()) {
            h.append("<tr><td colspan=\"").append(m.engines().size() + 2)
                    .append("\" class=\"empty\">No scenario is in the catalog and no results file was found.</td></tr>\n");
        }
        for (String family : m.families()) {
            h.append("<tr class=\"family\"><th colspan=\"").append(m.engines().size() + 2).append("\" id=\"family-")
                    .append(esc(family)).append("\">").append(esc(family)).append("</th></tr>\n");
            for (ScenarioInfo row : m.rows(family)) {
                appendRow(h, m, row);
            }
        }
        h.append("</tbody>\n<tfoot><tr class=\"engine-summary\"><th scope=\"row\">per engine</th><td></td>");
        for (EngineSummary es : EngineSummary.all(m)) {
            h.append("<td data-summary=\"").append(esc(es.engine())).append("\">").append(esc(es.text())).append("</td>");
        }
        h.append("</tr></tfoot>\n</table>\n");
    }

    private static void appendRow(StringBuilder h, Matrix m, ScenarioInfo row) {
        h.append("<tr class=\"variant\" data-id=\"").append(esc(row.id())).append("\"><th scope=\"row\">")
                .append("<span class=\"variant-name\">").append(esc(row.variant())).append("</span>");
        if (row.title() != null) {
            h.append("<span class=\"variant-title\">").append(esc(row.title())).append("</span>");
        }
        if (m.hasCatalog() && !m.inCatalog(row.id())) {
            h.append("<span class=\"note\">not in the scenario catalog</span>");
        }
        String expected = row.expected() == null ? "?" : row.expected();
        h.append("</th><td class=\"expected ").append(esc(expected)).append("\">").append(esc(expected)).append("</td>");
        for (String e : m.engines()) {
            appendCell(h, row, e, m.cell(row, e));
        }
        h.append("</tr>\n");
    }

    private static void appendCell(StringBuilder h, ScenarioInfo row, String engine, Optional<Result> result) {
        CellSummary c = CellSummary.of(result.orElse(null));
        String agreement = c.agreement().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        h.append("<td class=\"cell ").append(esc(c.state())).append(' ').append(agreement)
                .append("\" data-cell=\"").append(esc(row.id() + "/" + engine))
                .append("\" data-verdict=\"").append(esc(result.map(r -> r.verdict().label()).orElse("not-run"))).append("\"");
        result.map(Result::message).ifPresent(msg -> h.append(" title=\"").append(esc(msg)).append("\""));
        h.append('>');
        String body = "<span class=\"verdict\">" + esc(c.headline()) + "</span>"
                + (c.detail().isEmpty() ? "" : "<span class=\"detail\">" + esc(c.detail()) + "</span>")
                + (c.agreement() == CellSummary.Agreement.UNEXPECTED ? "<span class=\"flag\" title=\"contradicts the "
                + esc(row.expected()) + " label\">!</span>" : "");
        if (result.isPresent() && PageNames.hasPage(result.get())) {
            h.append("<a href=\"").append(esc(PageNames.tracePage(result.get()))).append("\">").append(body).append("</a>");
        } else {
            h.append(body);
        }
        h.append("</td>");
    }

    private static void appendProblems(StringBuilder h, Matrix m, List<Problem> problems, List<Path> inputDirs) {
        h.append("<section class=\"problems\" id=\"problems\">\n<h2>What the report could not use</h2>\n");
        if (problems.isEmpty()) {
            h.append("<p id=\"no-problems\">Every results file found was read.</p>\n");
        } else {
            h.append("<ul id=\"problem-list\">\n");
            for (Problem p : problems) {
                h.append("<li><code>").append(esc(p.where())).append("</code>: ").append(esc(p.what())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
        // a cell nobody ran is no fault: an engine not run on this machine or in this run, said apart from the problems
        List<String> missing = m.missingFiles();
        h.append("<section class=\"not-run\" id=\"not-run\">\n<h2>Not run</h2>\n<p class=\"not-run-note\">")
                .append(missing.isEmpty() ? "Every cell has a result." : "Cells marked \u201cnot run\u201d have no results file: that engine"
                        + " was not run on that variant (run it with <code>./tcheck check</code> or the engine's tests to fill them).")
                .append("</p>\n<details id=\"missing\"><summary>").append(missing.size()).append(" cell")
                .append(missing.size() == 1 ? "" : "s").append(" not run (their results files)</summary>\n");
        if (!missing.isEmpty()) {
            h.append("<ul class=\"missing-list\">\n");
            for (String f : missing) {
                h.append("<li><code>").append(esc(f)).append("</code></li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p>Searched: ");
        for (int i = 0; i < inputDirs.size(); i++) {
            h.append(i == 0 ? "" : ", ").append("<code>").append(esc(inputDirs.get(i).toAbsolutePath().normalize())).append("</code>");
        }
        h.append("</p>\n</details>\n</section>\n");
    }
}
