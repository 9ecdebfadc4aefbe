package tcheck.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import tcheck.results.Result;
import tcheck.results.TraceStep;
import tcheck.results.text.TraceView;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;
import tcheck.scenario.ScenarioSources;
import tcheck.scenario.SeedExcerpts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static tcheck.reports.Html.esc;

/**
 * A trace page's code: the seed's Python the scenario comes from (its lines, numbered as in the seed
 * file) and, beside it, the Java source of the files the trace's steps point at, where trace.js
 * highlights each thread's current line (the line of its latest step up to the one shown) in its lane's
 * colour. Each row of the swimlane carries those lines in {@code data-at}, computed here, so the page
 * and its tests agree on them. A step in a file whose source is not found (the JDK, the harness) moves
 * no highlight; a program outside the catalog says "source not found" in one line.
 */
final class CodePanel {
    /** How many lane colours report.css defines ({@code .t0} .. {@code .t7}); lanes beyond reuse them. */
    static final int COLOURS = 8;

    private static final Pattern WHERE = Pattern.compile("(?:.*[/\\\\])?([A-Za-z_$][\\w$]*\\.java):(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a thread is after a step: its latest step with a shown line. */
    record At(String thread, int lane, String file, int line, int step) {
    }

    private final List<String> threads;
    private final Scenario scenario; // null outside the catalog
    private final Map<String, ScenarioSources.Source> files = new LinkedHashMap<>(); // shown, in order
    private final Set<String> notFound = new LinkedHashSet<>();
    private final Map<Integer, List<At>> atStep = new HashMap<>();
    private final At failing;

    private CodePanel(Result r, TraceView view) {
        this.threads = view.threads();
        this.scenario = catalogScenario(r.id()).orElse(null);
        ScenarioSources sources = scenario == null ? null : ScenarioSources.of(scenario.getClass());
        Map<String, ScenarioSources.Source> found = new LinkedHashMap<>();
        for (TraceStep s : view.steps()) {
            Matcher m = where(s);
            if (m == null || found.containsKey(m.group(1)) || notFound.contains(m.group(1))) {
                continue;
            }
            Optional<ScenarioSources.Source> src = sources == null ? Optional.empty() : sources.find(m.group(1));
            if (src.isPresent()) {
                found.put(m.group(1), src.get());
            } else {
                notFound.add(m.group(1));
            }
        }
        Map<String, At> now = new LinkedHashMap<>();
        At failingAt = null;
        for (TraceStep s : view.steps()) {
            Matcher m = where(s);
            if (m != null && found.containsKey(m.group(1))) {
                int line = Integer.parseInt(m.group(2));
                if (line >= 1 && line <= found.get(m.group(1)).lines().size()) {
                    String thread = TraceView.threadOf(s);
                    At at = new At(thread, threads.indexOf(thread), m.group(1), line, s.step());
                    now.put(thread, at);
                    if (view.failingStep() != null && s.step() == view.failingStep()) {
                        failingAt = at;
                    }
                }
            }
            List<At> in = new ArrayList<>();
            for (String t : threads) {
                if (now.containsKey(t)) {
                    in.add(now.get(t));
                }
            }
            atStep.put(s.step(), List.copyOf(in));
        }
        this.failing = failingAt;
        // the failing step's file first (that is where to look), then as the trace first meets them
        if (failing != null) {
            files.put(failing.file(), found.get(failing.file()));
        }
        found.forEach(files::putIfAbsent);
    }

    static CodePanel of(Result r, TraceView view) {
        return new CodePanel(r, view);
    }

    private static Matcher where(TraceStep s) {
        if (s.where() == null) {
            return null;
        }
        Matcher m = WHERE.matcher(s.where().strip());
        return m.matches() ? m : null;
    }

    private static Optional<Scenario> catalogScenario(String id) {
        try {
            return Catalog.all().stream().filter(s -> s.id().equals(id)).findFirst();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // a catalog that cannot be read: the page says the source is not found
        }
    }

    /** The lane (colour) of a thread: its column in the swimlane. */
    static String laneClass(int lane) {
        return "t" + Math.floorMod(lane, COLOURS);
    }

    /** Each thread's line after this step, as JSON for the row's {@code data-at}: [[thread, lane, file, line, step], ...]. */
    String atJson(int step) {
        List<List<Object>> out = new ArrayList<>();
        for (At at : atStep.getOrDefault(step, List.of())) {
            out.add(List.of(at.thread(), at.lane(), at.file(), at.line(), at.step()));
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each thread's line after this step (tests). */
    List<At> at(int step) {
        return atStep.getOrDefault(step, List.of());
    }

    /** The id of a shown source line's element. */
    static String lineId(String file, int line) {
        return "src-" + file + "-" + line;
    }

    /** Whether any Java file of the trace is shown (the step box links to it then). */
    boolean hasSource() {
        return !files.isEmpty();
    }

    void append(StringBuilder h) {
        h.append("<section class=\"code-pane\" id=\"code\"><h2>The code</h2>\n");
        if (scenario == null && files.isEmpty()) { // a program of the user's: one line, no empty boxes
            appendNotFound(h);
            h.append("</section>\n");
            return;
        }
        h.append("<div class=\"code-grid\">\n");
        appendSeed(h);
        appendJava(h);
        h.append("</div></section>\n");
    }

    private void appendSeed(StringBuilder h) {
        if (scenario == null) {
            return;
        }
        List<SeedExcerpts.Excerpt> all;
        try {
            all = SeedExcerpts.of(scenario);
        } catch (RuntimeException e) {
            all = List.of();
        }
        // a range inside another one of the same file is not shown twice: its lines are marked in the larger one
        List<SeedExcerpts.Excerpt> shown = new ArrayList<>();
        List<SeedExcerpts.Range> inner = new ArrayList<>();
        for (SeedExcerpts.Excerpt e : all) {
            boolean inside = all.stream().anyMatch(o -> o != e && contains(o.range(), e.range())); // ranges are distinct
            if (inside) {
                inner.add(e.range());
            } else {
                shown.add(e);
            }
        }
        h.append("<details class=\"code-box seed-box\" id=\"seed-python\" open><summary>The seed's Python</summary>\n");
        if (shown.isEmpty()) {
            h.append("<p class=\"note-line\">The seed's lines are not in this build: ").append(esc(scenario.seed())).append("</p>\n");
        }
        for (SeedExcerpts.Excerpt e : shown) {
            h.append("<div class=\"seed-excerpt\" data-range=\"").append(esc(e.range().label())).append("\">")
                    .append("<div class=\"file-name\">").append(esc(e.range().label())).append("</div><pre class=\"code seed\">");
            int n = e.range().first();
            for (String line : e.lines()) {
                int number = n++;
                boolean marked = inner.stream().anyMatch(r -> r.file().equals(e.range().file()) && r.first() <= number && number <= r.last());
                h.append("<span class=\"sl").append(marked ? " named" : "").append("\" data-line=\"").append(number).append("\">")
                        .append("<span class=\"ln\">").append(number).append("</span><span class=\"tx\">").append(esc(line))
                        .append("</span></span>");
            }
            h.append("</pre></div>\n");
        }
        h.append("<p class=\"note-line\">").append(esc(scenario.seed())).append("</p>\n</details>\n");
    }

    private void appendNotFound(StringBuilder h) {
        h.append("<p class=\"no-source\" id=\"no-source\">Java source not found")
                .append(notFound.isEmpty() ? "" : " for " + esc(String.join(", ", notFound)))
                .append(scenario == null ? " (the program is not one of tcheck's scenarios)." : ".").append("</p>\n");
    }

    private static boolean contains(SeedExcerpts.Range outer, SeedExcerpts.Range inner) {
        return outer.file().equals(inner.file()) && outer.first() <= inner.first() && inner.last() <= outer.last();
    }

    private void appendJava(StringBuilder h) {
        h.append("<details class=\"code-box java-box\" id=\"java-source\" open><summary>The Java, each thread at its line</summary>\n");
        if (files.isEmpty()) {
            appendNotFound(h);
            h.append("</details>\n");
            return;
        }
        h.append("<div class=\"where-now\" id=\"where-now\" aria-live=\"polite\"></div>\n");
        for (ScenarioSources.Source src : files.values()) {
            h.append("<div class=\"src-file\" data-file=\"").append(esc(src.file())).append("\"><div class=\"file-name\">")
                    .append(esc(src.file())).append("</div><pre class=\"code java\">");
            int n = 1;
            for (String line : src.lines()) {
                int number = n++;
                boolean fails = failing != null && failing.file().equals(src.file()) && failing.line() == number;
                h.append("<span class=\"sl").append(fails ? " fails" : "").append("\" id=\"").append(esc(lineId(src.file(), number)))
                        .append("\" data-line=\"").append(number).append("\"");
                if (fails) {
                    h.append(" data-fails=\"").append(esc(failing.thread())).append("\" title=\"")
                            .append(esc(failing.thread() + " fails here (step " + failing.step() + ")")).append("\"");
                }
                h.append("><span class=\"gut\"><span class=\"who\"></span><span class=\"ln\">").append(number)
                        .append("</span></span><span class=\"tx\">").append(esc(line)).append("</span></span>");
            }
            h.append("</pre></div>\n");
        }
        if (!notFound.isEmpty()) {
            h.append("<p class=\"note-line\">Not shown (not the scenario's code): ").append(esc(String.join(", ", notFound))).append("</p>\n");
        }
        h.append("</details>\n");
    }
}
