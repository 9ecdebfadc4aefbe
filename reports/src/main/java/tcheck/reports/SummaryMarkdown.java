package tcheck.reports;

import java.util.List;
import tcheck.results.text.CellSummary;

/** {@code summary.md}: the same matrix as index.html, for terminals and CI logs. */
final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    static String render(Matrix m, List<Problem> problems) {
        StringBuilder md = new StringBuilder("# tcheck results\n\n");
        md.append("| family | variant | expected |");
        m.engines().forEach(e -> md.append(' ').append(cell(e)).append(" |"));
        md.append("\n|---|---|---|");
        m.engines().forEach(e -> md.append("---|"));
        md.append('\n');
        for (ScenarioInfo row : m.rows()) {
            md.append("| ").append(cell(row.family())).append(" | ").append(cell(row.variant())).append(" | ")
                    .append(cell(row.expected() == null ? "?" : row.expected())).append(" |");
            for (String e : m.engines()) {
                CellSummary c = CellSummary.of(m.cell(row, e).orElse(null));
                String text = c.text() + (c.agreement() == CellSummary.Agreement.UNEXPECTED ? " (!)" : "");
                md.append(' ').append(cell(text)).append(" |");
            }
            md.append('\n');
        }
        if (!m.rows().isEmpty()) {
            md.append("| **per engine** | | |");
            for (EngineSummary es : EngineSummary.all(m)) {
                md.append(' ').append(cell(es.text())).append(" |");
            }
            md.append('\n');
        }
        if (m.rows().isEmpty()) {
            md.append("\nNo scenario is in the catalog and no results file was found.\n");
        }
        md.append("\n(!) contradicts the variant's buggy/fixed label.\n");
        int missing = m.missingFiles().size();
        md.append('\n').append(missing).append(" cell").append(missing == 1 ? "" : "s")
                .append(" not run (no results file).\n");
        if (!problems.isEmpty()) {
            md.append("\n## Not used\n\n");
            for (Problem p : problems) {
                md.append("- `").append(p.where().replace("`", "'")).append("`: ").append(oneLine(p.what())).append('\n');
            }
        }
        return md.toString();
    }

    /** A table cell: one line, pipes escaped so they do not split the row. */
    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
