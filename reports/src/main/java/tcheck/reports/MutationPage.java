package tcheck.reports;

import tcheck.reports.MutationResults.EngineStatus;
import tcheck.reports.MutationResults.KillRate;
import tcheck.reports.MutationResults.Mutant;
import tcheck.reports.MutationResults.Outcome;
import tcheck.reports.MutationResults.Status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static tcheck.reports.Html.esc;

/**
 * {@code mutations.html}: what {@code tcheck mutate} found. The kill rate per engine, a matrix of
 * fixed variant x operator with each engine's kills in each cell, and every mutant with what it
 * changed, where, and each engine's outcome (its own words on hover). Killed is the good colour
 * here: a surviving mutant is a bug the engines let through.
 */
public final class MutationPage {
    public static final String FILE = "mutations.html";

    private static final String CSS = ".mut td.cell { min-width:90px; }\n"
            + ".mut .rates li.low { border-color:var(--fail); color:var(--caught-ink); }\n"
            + ".mut td.change { max-width:420px; }\n";

    private MutationPage() {
    }

    public static String render(List<MutationResults> all, String generatedAt) {
        List<String> engines = engines(all);
        List<String> operators = operators(all);
        StringBuilder h = new StringBuilder(Html.head("tcheck mutation testing", CSS));
        h.append("<body class=\"mut\">\n<header class=\"page-head\">\n<h1>Mutation testing: which engine catches which planted bug</h1>\n");
        h.append("<p class=\"sub\">Each mutant changes one site of a fixed variant's bytecode (<code>tcheck mutate</code>). A mutant")
                .append(" no engine killed and a complete search passed is <em>equivalent</em> at its bound and not counted. ")
                .append("<a href=\"index.html\">Back to the scenarios</a>.</p>\n<ul class=\"counts rates\" id=\"kill-rates\">\n");
        for (KillRate k : MutationResults.killRates(all)) {
            boolean low = k.ran() > 0 && k.rate() < 0.95;
            h.append("<li").append(low ? " class=\"low\"" : "").append(" data-engine=\"").append(esc(k.engine())).append("\">")
                    .append(esc(k.engine())).append(": ").append(esc(k.describe())).append("</li>\n");
        }
        long equivalent = all.stream().flatMap(r -> r.mutants().stream()).filter(m -> m.status() == Status.EQUIVALENT).count();
        long survived = all.stream().flatMap(r -> r.mutants().stream()).filter(m -> m.status() == Status.SURVIVED).count();
        h.append("<li>").append(equivalent).append(" equivalent</li>\n<li id=\"survivors\">").append(survived)
                .append(" survived every engine</li>\n</ul>\n</header>\n<main>\n");
        if (all.isEmpty()) {
            h.append("<p id=\"no-mutations\">No mutation results: run <code>tcheck mutate all</code>, then <code>tcheck report</code>.</p>\n");
        } else {
            appendMatrix(h, all, engines, operators);
            appendMutants(h, all, engines);
        }
        h.append("</main>\n<footer>generated ").append(esc(generatedAt)).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Fixed variant x operator; each cell: per engine, killed of the non-equivalent mutants there, and the equivalent ones. */
    private static void appendMatrix(StringBuilder h, List<MutationResults> all, List<String> engines, List<String> operators) {
        h.append("<h2>Fixed variant \u00d7 operator \u00d7 engine</h2>\n<table class=\"matrix\" id=\"mutation-matrix\">\n<thead><tr><th>variant</th>");
        for (String op : operators) {
            h.append("<th>").append(esc(op)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (MutationResults r : all) {
            h.append("<tr><th scope=\"row\"><span class=\"variant-name\">").append(esc(r.id())).append("</span><span class=\"variant-title\">bound ")
                    .append(esc(r.bound())).append("</span></th>");
            for (String op : operators) {
                List<Mutant> here = r.mutants().stream().filter(m -> m.operator().equals(op)).toList();
                if (here.isEmpty()) {
                    h.append("<td class=\"cell\"></td>");
                    continue;
                }
                List<Mutant> counted = here.stream().filter(m -> m.status() != Status.EQUIVALENT).toList();
                boolean anySurvivor = counted.stream().anyMatch(m -> m.status() == Status.SURVIVED);
                String css = counted.isEmpty() ? "passed" : anySurvivor ? "caught" : "verified";
                h.append("<td class=\"cell ").append(css).append("\" data-variant=\"").append(esc(r.id())).append("\" data-operator=\"")
                        .append(esc(op)).append("\">");
                for (String e : engines) {
                    long ran = counted.stream().filter(m -> ran(m.outcome(e))).count();
                    long killed = counted.stream().filter(m -> m.outcome(e) != null && m.outcome(e).status() == EngineStatus.KILLED).count();
                    h.append("<span class=\"detail\">").append(esc(e)).append(": ")
                            .append(ran == 0 ? (counted.isEmpty() ? "-" : "not run") : killed + "/" + ran).append("</span>");
                }
                long eq = here.size() - counted.size();
                if (eq > 0) {
                    h.append("<span class=\"detail\">").append(eq).append(" equivalent</span>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void appendMutants(StringBuilder h, List<MutationResults> all, List<String> engines) {
        h.append("<h2>Every mutant</h2>\n<table class=\"matrix\" id=\"mutants\">\n<thead><tr><th>mutant</th><th>operator</th><th>what changed</th><th>where</th>");
        for (String e : engines) {
            h.append("<th>").append(esc(e)).append("</th>");
        }
        h.append("<th>mutant is</th></tr></thead>\n<tbody>\n");
        for (MutationResults r : all) {
            for (Mutant m : r.mutants()) {
                h.append("<tr data-mutant=\"").append(esc(m.id())).append("\" data-status=\"").append(word(m.status())).append("\"><td><code>")
                        .append(esc(m.id())).append("</code></td><td>").append(esc(m.operator())).append("</td><td class=\"change\">")
                        .append(esc(m.change())).append("</td><td><code>").append(esc(m.where())).append("</code></td>");
                for (String e : engines) {
                    Outcome o = m.outcome(e);
                    h.append("<td class=\"cell ").append(css(o)).append("\" title=\"").append(esc(o == null ? "" : o.message())).append("\">")
                            .append(esc(MutationResults.cell(o))).append("</td>");
                }
                String statusCss = switch (m.status()) {
                    case KILLED -> "verified";
                    case SURVIVED -> "caught";
                    case EQUIVALENT -> "passed";
                    case NOT_RUN -> "not-observed";
                };
                h.append("<td class=\"cell ").append(statusCss).append("\">").append(word(m.status())).append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n");
    }

    /** The index page with a link to this one at the end of its header (the index itself stays unaware of mutation). */
    static String linkFromIndex(String index) {
        String link = "<p class=\"sub\" id=\"mutation-link\"><a href=\"" + FILE + "\">Mutation testing</a>: which engine"
                + " catches which bug planted in the fixed variants.</p>\n";
        int end = index.indexOf("</header>");
        return end < 0 ? index : index.substring(0, end) + link + index.substring(end);
    }

    private static boolean ran(Outcome o) {
        return o != null && o.status() != EngineStatus.NOT_RUN;
    }

    private static String css(Outcome o) {
        if (o == null) {
            return "";
        }
        return switch (o.status()) {
            case KILLED -> "verified";
            case SURVIVED -> Boolean.TRUE.equals(o.complete()) ? "passed" : "bounded";
            case ERROR -> "error";
            case NOT_RUN -> "not-observed";
        };
    }

    private static String word(Status s) {
        return switch (s) {
            case KILLED -> "killed";
            case SURVIVED -> "survived";
            case EQUIVALENT -> "equivalent";
            case NOT_RUN -> "not run";
        };
    }

    private static List<String> engines(List<MutationResults> all) {
        Set<String> out = new LinkedHashSet<>();
        all.forEach(r -> out.addAll(r.engines()));
        return new ArrayList<>(out);
    }

    private static List<String> operators(List<MutationResults> all) {
        Set<String> out = new LinkedHashSet<>();
        all.forEach(r -> r.mutants().forEach(m -> out.add(m.operator())));
        return new ArrayList<>(out);
    }
}
