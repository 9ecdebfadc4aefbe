package tcheck.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.results.text.TraceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static tcheck.reports.Html.esc;

/**
 * The buggy trace next to each fixed variant run on the same schedule (as far as it applies): two
 * narrow step lists side by side, which wrap below each other on a narrow screen. Results without
 * such replays (other engines, older files) show nothing.
 */
final class FixedBesideBuggy {
    /** The key the explorer writes them under in a result's details. */
    static final String KEY = "fixedOnThisSchedule";

    private FixedBesideBuggy() {
    }

    record Replayed(String variant, Verdict verdict, String message, List<TraceStep> trace) {
    }

    static List<Replayed> of(Result r) {
        List<Replayed> out = new ArrayList<>();
        if (r.details() == null || !(r.details().get(KEY) instanceof List<?> list)) {
            return out;
        }
        ObjectMapper mapper = ResultsFiles.mapper();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.get("trace") instanceof List<?> steps) {
                List<TraceStep> trace = new ArrayList<>();
                for (Object s : steps) {
                    trace.add(s instanceof TraceStep t ? t : mapper.convertValue(s, TraceStep.class));
                }
                out.add(new Replayed(String.valueOf(m.get("variant")), m.get("verdict") instanceof String v ? Verdict.of(v) : null,
                        m.get("message") == null ? null : String.valueOf(m.get("message")), trace));
            }
        }
        return out;
    }

    static void append(StringBuilder h, Result r) {
        List<Replayed> fixed = of(r);
        if (fixed.isEmpty()) {
            return;
        }
        h.append("<section class=\"beside\" id=\"beside\"><h2>Buggy next to fixed, on the same schedule</h2>\n")
                .append("<p class=\"note-line\">Each fixed variant runs the schedule above as far as it applies (where the fix makes a")
                .append(" thread wait, another one runs).</p>\n<div class=\"beside-grid\">\n");
        column(h, r.variant() + " (buggy)", r.verdict() + (r.kind() == null ? "" : ": " + r.kind()), TraceView.of(r).steps(), "buggy");
        for (Replayed f : fixed) {
            column(h, f.variant() + " (fixed)", String.valueOf(f.verdict()), f.trace(), "fixed");
        }
        h.append("</div></section>\n");
    }

    private static void column(StringBuilder h, String title, String verdict, List<TraceStep> steps, String kind) {
        h.append("<div class=\"beside-col ").append(kind).append("\" data-variant=\"").append(esc(title)).append("\"><h3>")
                .append(esc(title)).append(" <span class=\"verdict\">").append(esc(verdict)).append("</span></h3><ol class=\"steps\">");
        for (TraceStep s : steps) {
            h.append("<li value=\"").append(s.step()).append("\"><b>").append(esc(TraceView.threadOf(s))).append("</b> <code>")
                    .append(esc(s.action())).append("</code></li>");
        }
        h.append("</ol></div>\n");
    }
}
