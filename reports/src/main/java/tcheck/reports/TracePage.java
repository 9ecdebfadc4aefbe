package tcheck.reports;

import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.results.text.CellSummary;
import tcheck.results.text.MarkWords;
import tcheck.results.text.SyncStateColumns;
import tcheck.results.text.TextTrace;
import tcheck.results.text.TraceFolding;
import tcheck.results.text.TraceView;
import tcheck.results.text.ValueFormat;
import tcheck.results.text.WhyItFails;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static tcheck.reports.Html.esc;

/**
 * One result's page ({@code traces/family__variant__engine.html}): the swimlane trace (one column per
 * thread, one row per step, source line and shared state after each step, failing step highlighted)
 * with previous/next controls and arrow keys, under it the code ({@link CodePanel}: the seed's Python and
 * the Java with each thread's current line), the schedule and replay command, and beside it the other
 * engines' evidence for the same variant (Lincheck's text, the jcstress histogram) and the lesson.
 */
final class TracePage {
    private TracePage() {
    }

    static String render(Result r, ScenarioInfo info, Matrix m) {
        TraceView view = TraceView.of(r);
        CellSummary cell = CellSummary.of(r);
        StringBuilder h = new StringBuilder(Html.head(r.id() + " \u00b7 " + r.engine() + " \u00b7 tcheck", ""));
        h.append("<body class=\"trace-page\">\n<header class=\"page-head\">\n")
                .append("<nav><a id=\"back\" href=\"../index.html\">\u2190 all results</a></nav>\n")
                .append("<h1><span class=\"family\">").append(esc(r.scenario())).append("</span> / <span class=\"variant\">")
                .append(esc(r.variant())).append("</span> <span class=\"engine-tag\">").append(esc(r.engine())).append("</span></h1>\n");
        String title = info.title() != null ? info.title() : r.title();
        if (title != null) {
            h.append("<p class=\"sub\">").append(esc(title)).append("</p>\n");
        }
        h.append("<div id=\"banner\" class=\"banner cell ").append(esc(cell.state())).append("\"><b>")
                .append(esc(cell.text())).append("</b>");
        if (r.message() != null) {
            h.append(" \u2014 <span id=\"message\">").append(esc(r.message())).append("</span>");
        }
        h.append("</div>\n");
        appendFacts(h, r, info);
        h.append("</header>\n<main class=\"layout\">\n<section class=\"trace-pane\">\n");
        CodePanel code = view.isEmpty() ? null : CodePanel.of(r, view);
        appendTrace(h, r, view, code);
        if (code != null) {
            code.append(h);
        }
        appendReplay(h, r);
        FixedBesideBuggy.append(h, r);
        h.append("<details class=\"plain\"><summary>plain text</summary><pre id=\"text-trace\">")
                .append(esc(TextTrace.render(r))).append("</pre></details>\n");
        h.append("</section>\n<aside class=\"evidence-pane\">\n");
        appendWhy(h, r);
        appendLesson(h, r, info);
        appendFixes(h, r, info, m);
        if (OutcomeTable.has(r)) {
            OutcomeTable.append(h, r);
        }
        appendEvidence(h, r, m, view.isEmpty());
        h.append("</aside>\n</main>\n<script>\n").append(Html.asset("trace.js")).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void appendFacts(StringBuilder h, Result r, ScenarioInfo info) {
        h.append("<dl class=\"facts\">");
        fact(h, "expected", info.expected() != null ? info.expected() : r.expected());
        fact(h, "engine", r.engine());
        fact(h, "verdict", r.verdict());
        fact(h, "kind", r.kind());
        fact(h, "executions", String.format(Locale.ROOT, "%,d", r.executions()));
        fact(h, "search", r.complete() == null ? null : r.complete() ? "complete" : "not complete");
        fact(h, "preemptions", r.preemptions());
        fact(h, "time", r.millis() + " ms");
        fact(h, "strategy", r.strategy());
        fact(h, "bound", r.bound());
        fact(h, "jdk", r.jdk());
        h.append("</dl>\n");
    }

    private static void fact(StringBuilder h, String name, Object value) {
        if (value != null) {
            h.append("<div><dt>").append(esc(name)).append("</dt><dd data-fact=\"").append(esc(name)).append("\">")
                    .append(esc(value)).append("</dd></div>");
        }
    }

    private static void appendTrace(StringBuilder h, Result r, TraceView view, CodePanel code) {
        h.append("<h2>Trace</h2>\n");
        if (view.isEmpty()) {
            h.append("<p class=\"no-trace\" id=\"no-trace\">This engine recorded no step-by-step trace for this result")
                    .append(hasOwnEvidence(r) ? "; this is its own evidence.</p>\n" : ".</p>\n");
            appendOwnEvidence(h, r);
            return;
        }
        h.append("<div class=\"stepper\" id=\"stepper\"><div class=\"controls\"><button type=\"button\" id=\"prev-step\">\u25c0 previous</button>")
                .append("<span id=\"step-counter\">step 1 of ").append(view.steps().size()).append("</span>")
                .append("<button type=\"button\" id=\"next-step\">next \u25b6</button>")
                .append("<span class=\"hint\">or \u2190 \u2192 keys; click a row to jump</span>")
                .append("<label class=\"all-steps\"><input type=\"checkbox\" id=\"all-steps\"> show all steps</label>")
                .append(code == null || !code.hasSource() ? "" : "<a class=\"to-code\" id=\"to-code\" href=\"#java-source\">the code \u2193</a>").append("</div>\n");
        appendStepDetail(h, r, view);
        h.append("</div>\n<div class=\"lane-scroll\"><table id=\"swimlane\" class=\"swimlane folded\" data-failing-step=\"")
                .append(view.failingStep() == null ? "" : view.failingStep()).append("\">\n<thead><tr class=\"groups\"><th></th>")
                .append("<th colspan=\"").append(view.threads().size()).append("\">threads</th>");
        if (!view.stateKeys().isEmpty()) {
            h.append("<th colspan=\"").append(view.stateKeys().size()).append("\" class=\"state-group\">shared state after the step</th>");
        }
        List<String> syncColumns = SyncStateColumns.columns(view.steps());
        if (!syncColumns.isEmpty()) {
            h.append("<th colspan=\"").append(syncColumns.size()).append("\" class=\"state-group sync-group\">locks and wait sets after the step</th>");
        }
        h.append("</tr>\n<tr><th class=\"num\">#</th>");
        for (String t : view.threads()) {
            h.append("<th class=\"lane-head ").append(CodePanel.laneClass(view.threads().indexOf(t))).append("\" data-thread=\"").append(esc(t)).append("\">").append(esc(t)).append("</th>");
        }
        for (String k : view.stateKeys()) {
            h.append("<th class=\"state-key\">").append(esc(k)).append("</th>");
        }
        for (String k : syncColumns) {
            h.append("<th class=\"state-key sync-key\">").append(esc(k)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        TraceStep previous = null;
        TraceFoldRows folds = TraceFoldRows.of(view.steps());
        for (TraceStep s : view.steps()) {
            appendStepRow(h, s, previous, view, syncColumns, folds, code);
            previous = s;
        }
        h.append("</tbody>\n</table></div>\n");
    }

    /** Filled with the first step for readers without JavaScript; trace.js keeps it on the current step. */
    private static void appendStepDetail(StringBuilder h, Result r, TraceView view) {
        TraceStep first = view.steps().get(0);
        h.append("<div id=\"step-detail\" class=\"step-detail\" aria-live=\"polite\" data-message=\"")
                .append(esc(r.message())).append("\">")
                .append("<div class=\"sd-head\"><span id=\"sd-step\">step ").append(first.step()).append("</span> ")
                .append("<span id=\"sd-thread\" class=\"thread\">").append(esc(TraceView.threadOf(first))).append("</span> ")
                .append("<span id=\"sd-action\" class=\"action\">").append(esc(first.action())).append("</span> ")
                .append("<span id=\"sd-where\" class=\"where\">").append(esc(first.where())).append("</span></div>")
                .append("<div id=\"sd-state\" class=\"sd-state\"></div>")
                .append("<div id=\"sd-threads\" class=\"sd-threads\"></div>")
                .append("<div id=\"sd-marks\" class=\"sd-marks\" hidden></div>")
                .append("<div id=\"sd-failing\" class=\"sd-failing\" hidden></div></div>\n");
    }

    private static void appendStepRow(StringBuilder h, TraceStep s, TraceStep previous, TraceView view, List<String> syncColumns,
                                      TraceFoldRows folds, CodePanel code) {
        String thread = TraceView.threadOf(s);
        boolean failing = view.failingStep() != null && s.step() == view.failingStep();
        TraceFolding.Line fold = folds.shownAt(s.step());
        h.append("<tr class=\"step").append(failing ? " failing" : "").append(fold == null ? " fold-hidden" : "")
                .append(s.marks().isEmpty() ? "" : " marked").append("\" id=\"step-").append(s.step())
                .append("\" data-step=\"").append(s.step()).append("\" data-thread=\"").append(esc(thread))
                .append("\" data-action=\"").append(esc(s.action())).append("\" data-where=\"").append(esc(s.where()))
                .append("\" data-threads=\"").append(esc(SyncStateColumns.threadsLine(s)))
                .append("\" data-marks=\"").append(esc(MarkWords.of(s.marks()))).append("\" data-at=\"").append(esc(code.atJson(s.step())))
                .append("\"");
        boolean group = fold != null && fold.first() != fold.last();
        if (group) {
            h.append(" data-fold-steps=\"").append(esc(fold.steps())).append("\" data-fold-action=\"").append(esc(fold.text()))
                    .append("\" data-fold-marks=\"").append(esc(MarkWords.of(fold.marks()))).append("\"");
        }
        h.append("><td class=\"num\">");
        if (group) {
            h.append("<span class=\"fold-only\">").append(esc(fold.steps())).append("</span><span class=\"all-only\">")
                    .append(s.step()).append("</span>");
        } else {
            h.append(s.step());
        }
        h.append("</td>");
        for (String t : view.threads()) {
            if (t.equals(thread)) {
                h.append("<td class=\"lane act ").append(CodePanel.laneClass(view.threads().indexOf(t))).append("\">");
                if (group) {
                    h.append("<div class=\"action all-only\">").append(esc(s.action())).append("</div>")
                            .append("<div class=\"fold-text fold-only\">").append(esc(fold.text())).append("</div>");
                } else {
                    h.append("<div class=\"action\">").append(esc(s.action())).append("</div>");
                }
                String marks = MarkWords.of(group ? fold.marks() : s.marks());
                if (!marks.isEmpty()) {
                    h.append("<div class=\"marks").append(group ? " fold-only" : "").append("\">").append(esc(marks)).append("</div>");
                }
                if (group && !s.marks().isEmpty()) {
                    h.append("<div class=\"marks all-only\">").append(esc(MarkWords.of(s.marks()))).append("</div>");
                }
                if (s.where() != null) {
                    h.append("<div class=\"where\">").append(esc(s.where())).append("</div>");
                }
                h.append("</td>");
            } else {
                String status = SyncStateColumns.laneStatus(s, t);
                if (status.equals("done") && previous != null && status.equals(SyncStateColumns.laneStatus(previous, t))) {
                    status = ""; // said once, on the step after which the thread had ended
                }
                h.append("<td class=\"lane\">");
                if (!status.isEmpty()) {
                    h.append("<span class=\"status\">").append(esc(status)).append("</span>");
                }
                h.append("</td>");
            }
        }
        for (String k : view.stateKeys()) {
            String value = TraceView.stateValue(s, k);
            boolean recorded = s.state() != null && s.state().containsKey(k);
            boolean changed = recorded && previous != null && previous.state() != null && previous.state().containsKey(k)
                    && !Objects.equals(value, TraceView.stateValue(previous, k));
            h.append("<td class=\"state").append(changed ? " changed" : "").append(recorded ? "" : " unrecorded")
                    .append("\" data-key=\"").append(esc(k)).append("\">").append(esc(value)).append("</td>");
        }
        for (String k : syncColumns) {
            String value = SyncStateColumns.cell(s, k);
            boolean changed = previous != null && !value.equals(SyncStateColumns.cell(previous, k));
            h.append("<td class=\"state sync").append(changed ? " changed" : "").append("\" data-key=\"").append(esc(k))
                    .append("\">").append(esc(value)).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static void appendReplay(StringBuilder h, Result r) {
        String replay = TextTrace.replayCommand(r);
        if (r.schedule() == null && replay == null) {
            return;
        }
        h.append("<h2>Replay</h2>\n<dl class=\"replay\">");
        if (r.schedule() != null) {
            h.append("<dt>schedule</dt><dd><code id=\"schedule\">").append(esc(r.schedule())).append("</code>");
            if (r.preemptions() != null) {
                h.append(" <span class=\"note\">").append(r.preemptions())
                        .append(r.preemptions() == 1 ? " preemption" : " preemptions").append("</span>");
            }
            h.append("</dd>");
        }
        if (replay != null) {
            h.append("<dt>replay command</dt><dd><code id=\"replay\">").append(esc(replay)).append("</code></dd>");
        }
        h.append("</dl>\n");
    }

    /** Why it fails, in words tied to the trace's step numbers (see {@link WhyItFails}). */
    private static void appendWhy(StringBuilder h, Result r) {
        List<String> why = new java.util.ArrayList<>(WhyItFails.steps(r));
        if (why.isEmpty()) {
            return;
        }
        WhyItFails.seed(r).ifPresent(why::add); // the lesson has its own section below
        h.append("<section class=\"lesson why\" id=\"why\"><h2>Why it fails</h2>");
        for (String line : why) {
            h.append("<p>").append(esc(line)).append("</p>");
        }
        h.append("</section>\n");
    }

    private static void appendLesson(StringBuilder h, Result r, ScenarioInfo info) {
        String lesson = info.lesson() != null ? info.lesson() : r.lesson();
        if (lesson == null || lesson.isBlank()) {
            return;
        }
        h.append("<section class=\"lesson\" id=\"lesson\"><h2>Why</h2>");
        for (String para : lesson.strip().split("\\R\\s*\\R")) {
            h.append("<p>").append(esc(para.strip())).append("</p>");
        }
        h.append("</section>\n");
    }

    /** For a buggy variant: how the family's fixed variants avoid the failure (their own lessons). */
    private static void appendFixes(StringBuilder h, Result r, ScenarioInfo info, Matrix m) {
        if (!"buggy".equals(info.expected())) {
            return;
        }
        List<ScenarioInfo> fixes = m.rows(info.family()).stream()
                .filter(s -> "fixed".equals(s.expected()) && s.lesson() != null && !s.lesson().isBlank()).toList();
        if (fixes.isEmpty()) {
            return;
        }
        h.append("<section class=\"lesson fixes\" id=\"fixes\"><h2>How the fix works</h2>");
        for (ScenarioInfo fix : fixes) {
            h.append("<h3>").append(esc(fix.variant()));
            if (fix.title() != null) {
                h.append(" <span class=\"variant-title\">").append(esc(fix.title())).append("</span>");
            }
            h.append("</h3><p>").append(esc(fix.lesson().strip())).append("</p>");
        }
        h.append("</section>\n");
    }

    /** A result without steps still has something to show: its histogram and its engine's own text. */
    private static void appendOwnEvidence(StringBuilder h, Result r) {
        if (r.histogram() != null && !r.histogram().isEmpty() && !OutcomeTable.has(r)) {
            appendHistogram(h, r); // carries the engine's text folded below it
        } else {
            appendEngineOutput(h, r);
        }
        appendDetails(h, r);
    }

    /** Structured evidence (deadlock cycle, race pair, invariant): pretty JSON. */
    /** Another engine's counterexample for the same variant (JPF's error path, say), as a plain table of its steps. */
    private static void appendOtherTrace(StringBuilder h, Result other) {
        h.append("<details class=\"other-trace\" data-engine=\"").append(esc(other.engine())).append("\"><summary>")
                .append(esc(other.engine())).append("'s trace: ").append(other.trace().size()).append(" steps")
                .append(other.kind() == null ? "" : ", " + esc(other.kind())).append("</summary>\n")
                .append("<table class=\"histogram\"><thead><tr><th>#</th><th>thread</th><th>action</th><th>where</th></tr></thead><tbody>\n");
        for (tcheck.results.TraceStep step : other.trace()) {
            h.append("<tr><td>").append(step.step()).append("</td><td>").append(esc(step.thread())).append("</td><td><code>")
                    .append(esc(step.action())).append("</code></td><td>").append(esc(step.where() == null ? "" : step.where()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>");
        if (other.message() != null) {
            h.append("<p>").append(esc(other.message())).append("</p>");
        }
        h.append("</details>\n");
    }

    private static void appendDetails(StringBuilder h, Result r) {
        if (r.details() != null && !r.details().isEmpty()) {
            h.append("<section class=\"details\" id=\"details\"><h2>Details</h2><pre>")
                    .append(esc(ValueFormat.pretty(r.details()))).append("</pre></section>\n");
        }
    }

    private static void appendEngineOutput(StringBuilder h, Result r) {
        if (r.engineOutput() != null && !r.engineOutput().isBlank()) {
            h.append("<section class=\"engine-text").append(Engines.isLincheck(r.engine()) ? " lincheck" : "")
                    .append("\" data-engine=\"").append(esc(r.engine())).append("\"><h2>").append(esc(r.engine()))
                    .append(": ").append(esc(CellSummary.of(r).text())).append("</h2><pre class=\"engine-output\">")
                    .append(esc(r.engineOutput())).append("</pre></section>\n");
        }
    }

    /**
     * The same variant as the other engines saw it: Lincheck's text, jcstress's histogram, links to their
     * pages. The page's own evidence is here too when the trace pane does not already show it.
     */
    private static void appendEvidence(StringBuilder h, Result r, Matrix m, boolean ownShown) {
        List<Result> others = m.resultsFor(r.id()).stream().filter(o -> o != r || !ownShown).toList();
        for (Result other : others) {
            if (Engines.isLincheck(other.engine())) {
                appendEngineOutput(h, other);
            }
        }
        for (Result other : others) {
            if (Engines.isJcstress(other.engine()) && other.histogram() != null && !other.histogram().isEmpty()) {
                appendHistogram(h, other);
            }
        }
        for (Result other : others) {
            if (other != r && !other.engine().equals(r.engine()) && other.verdict() == Verdict.COUNTEREXAMPLE
                    && other.trace() != null && !other.trace().isEmpty() && !Engines.isLincheck(other.engine())) {
                appendOtherTrace(h, other);
            }
        }
        if (!ownShown && !Engines.isLincheck(r.engine()) && !Engines.isJcstress(r.engine())) {
            appendEngineOutput(h, r);
        }
        if (!ownShown) {
            appendDetails(h, r);
        }
        h.append("<section class=\"others\" id=\"others\"><h2>All engines on this variant</h2><ul>");
        List<Result> all = m.resultsFor(r.id());
        for (String engine : m.engines()) {
            Result other = all.stream().filter(o -> o.engine().equals(engine)).findFirst().orElse(null);
            CellSummary c = CellSummary.of(other);
            h.append("<li><span class=\"cell ").append(esc(c.state())).append("\">").append(esc(engine)).append("</span> ");
            if (other != null && PageNames.hasPage(other) && other != r) {
                h.append("<a href=\"../").append(esc(PageNames.tracePage(other))).append("\">").append(esc(c.text())).append("</a>");
            } else {
                h.append(esc(c.text()));
            }
            h.append("</li>");
        }
        h.append("</ul></section>\n");
    }

    private static void appendHistogram(StringBuilder h, Result jc) {
        long total = jc.histogram().stream().mapToLong(Outcome::count).sum();
        h.append("<section class=\"jcstress\" id=\"jcstress\"><h2>jcstress: ").append(esc(CellSummary.of(jc).text()))
                .append("</h2>\n<table class=\"histogram\"><thead><tr><th>outcome</th><th>count</th><th>share</th>")
                .append("<th>grading</th><th>meaning</th></tr></thead><tbody>\n");
        for (Outcome o : jc.histogram()) {
            double share = total > 0 ? 100.0 * o.count() / total : 0;
            String grading = o.grading() == null ? "" : o.grading();
            h.append("<tr class=\"grading-").append(esc(grading.toLowerCase(Locale.ROOT).replace('_', '-')))
                    .append("\"><td><code>").append(esc(o.outcome())).append("</code></td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d", o.count())).append("</td><td class=\"share\">")
                    .append("<span class=\"bar\" style=\"width:").append(String.format(Locale.ROOT, "%.1f", share))
                    .append("%\"></span><span>").append(String.format(Locale.ROOT, share > 0 && share < 0.1 ? "%.4f%%" : "%.1f%%", share))
                    .append("</span></td><td>").append(esc(grading)).append("</td><td>").append(esc(o.description()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (jc.engineOutput() != null && !jc.engineOutput().isBlank()) {
            h.append("<details><summary>jcstress output</summary><pre class=\"engine-output\">")
                    .append(esc(jc.engineOutput())).append("</pre></details>\n");
        }
        h.append("</section>\n");
    }

    private static boolean hasOwnEvidence(Result r) {
        return (r.engineOutput() != null && !r.engineOutput().isBlank())
                || (r.histogram() != null && !r.histogram().isEmpty());
    }
}
