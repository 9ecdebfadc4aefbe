package tcheck.results.text;

import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A result as plain text, for terminals, CI logs and the page's "plain text" view, in the layout of
 * DESIGN.md "A trace a person can read":
 * <pre>
 * race-counter / unsynchronized count++   VIOLATION: final count 1, expected 2
 *   #  thread  action                         where                  count
 *   1  T1      read  count -> 0               UnsafeCounter.java:9   0
 *   ...
 *   1 preemption; replay with: --schedule 1.2.2.1
 * </pre>
 * The failing step, when the engine named one before the end, is marked with {@code <- fails here}.
 */
public final class TextTrace {
    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private TextTrace() {
    }

    /** Folded, with the short "why it fails". */
    public static String render(Result r) {
        return render(r, false, false);
    }

    /**
     * @param allSteps every step on its own line, bookkeeping included (else folded, see {@link TraceFolding})
     * @param explain  the long "why it fails" with the lesson and the seed (else the short one)
     */
    public static String render(Result r, boolean allSteps, boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append(headline(r)).append('\n');
        TraceView view = TraceView.of(r);
        if (!view.isEmpty()) {
            out.append(table(view, allSteps, r.failingStep() != null));
            if (r.details() != null && r.details().get("cycleStart") instanceof Integer start && r.kind() == FailureKind.LIVELOCK) {
                out.append(INDENT).append("... back to step ").append(start).append(", and round again for ever").append('\n');
            }
        }
        for (String why : explain ? WhyItFails.full(r) : WhyItFails.brief(r)) {
            out.append(INDENT).append("why: ").append(why).append('\n');
        }
        String footer = footer(r);
        if (!footer.isEmpty()) {
            out.append(INDENT).append(footer).append('\n');
        }
        for (String race : races(r)) {
            out.append(INDENT).append(race).append('\n');
        }
        if (r.details() != null && r.details().get("history") instanceof String history) {
            out.append(INDENT).append("the history, against the sequential spec:").append('\n');
            history.lines().forEach(l -> out.append(INDENT).append(l).append('\n'));
        }
        return out.toString();
    }

    /**
     * The trace table alone, every line indented and ending in a newline: the one layout of a trace in
     * text, shared by {@link #render} and the JUnit extension's failure message.
     *
     * @param allSteps    every step on its own line (else folded, with a line saying how many were)
     * @param markFailing mark {@link TraceView#failingStep()} "fails here" when no step carries marks of its own
     */
    public static String table(TraceView view, boolean allSteps, boolean markFailing) {
        StringBuilder out = new StringBuilder();
        List<TraceFolding.Line> lines = allSteps ? TraceFolding.unfolded(view.steps()) : TraceFolding.fold(view.steps());
        if (lines.isEmpty()) {
            lines = TraceFolding.unfolded(view.steps()); // every step is one folding hides (a start): an empty table says less
        }
        appendTable(out, view, lines, markFailing);
        if (lines.size() < view.steps().size()) {
            out.append(INDENT).append(view.steps().size()).append(" steps folded into ").append(lines.size())
                    .append(lines.size() == 1 ? " line" : " lines").append("; --all-steps shows each").append('\n');
        }
        return out.toString();
    }

    /** The data races an engine reported beside the main verdict (details.races[].message). */
    public static List<String> races(Result r) {
        List<String> out = new ArrayList<>();
        if (r.details() != null && r.details().get("races") instanceof List<?> races) {
            for (Object race : races) {
                Object m = race instanceof java.util.Map<?, ?> map ? map.get("message") : race;
                if (m != null && r.kind() != FailureKind.DATA_RACE) {
                    out.add(oneLine(String.valueOf(m)));
                }
            }
        }
        return out;
    }

    public static String headline(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.scenario()).append(" / ").append(r.variant());
        if (r.title() != null && !r.title().isBlank()) {
            sb.append(' ').append(r.title().strip());
        }
        sb.append("   ").append(label(r));
        if (r.message() != null && !r.message().isBlank()) {
            sb.append(": ").append(r.message().strip());
        } else {
            String detail = CellSummary.of(r).detail();
            if (!detail.isEmpty()) {
                sb.append(": ").append(detail);
            }
        }
        return sb.toString();
    }

    /** VIOLATION for a broken invariant (as in DESIGN.md), the kind itself for the others (DEADLOCK, ...). */
    private static String label(Result r) {
        if (r.verdict() == Verdict.COUNTEREXAMPLE) {
            return r.kind() == null || r.kind() == FailureKind.INVARIANT ? "VIOLATION" : r.kind().label().toUpperCase(Locale.ROOT);
        }
        return CellSummary.of(r).headline().toUpperCase(Locale.ROOT);
    }

    private static void appendTable(StringBuilder out, TraceView view, List<TraceFolding.Line> lines, boolean markFailing) {
        List<String> header = new ArrayList<>(List.of("#", "thread", "action", "where"));
        header.addAll(view.stateKeys());
        boolean sync = SyncStateColumns.any(view.steps());
        if (sync) {
            header.add("locks and waits");
        }
        List<List<String>> rows = new ArrayList<>();
        for (TraceFolding.Line l : lines) {
            List<String> row = new ArrayList<>();
            row.add(l.steps());
            row.add(l.thread());
            row.add(oneLine(l.text()));
            row.add(oneLine(l.where()));
            for (String k : view.stateKeys()) {
                row.add(oneLine(TraceView.stateValue(l.lastStep(), k)));
            }
            if (sync) {
                row.add(SyncStateColumns.compact(l.lastStep()));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        out.append(line(header, widths, false)).append('\n');
        boolean anyMarks = lines.stream().anyMatch(l -> !l.marks().isEmpty());
        boolean lapSaid = false;
        for (int i = 0; i < rows.size(); i++) {
            TraceFolding.Line l = lines.get(i);
            List<StepMark> shown = new ArrayList<>(l.marks());
            if (lapSaid) {
                shown.remove(StepMark.LAP); // said where the lap begins; the rest of it follows
            }
            lapSaid |= l.has(StepMark.LAP);
            String marks = anyMarks ? MarkWords.of(shown)
                    : markFailing && view.failingStep() != null && l.first() <= view.failingStep() && view.failingStep() <= l.last()
                    ? "fails here" : "";
            out.append(marks.isEmpty() ? line(rows.get(i), widths, false) : line(rows.get(i), widths, true) + GAP + "<- " + marks)
                    .append('\n');
        }
    }

    /** The step number right-aligned, every other column left-aligned; no trailing blanks unless padLast. */
    private static String line(List<String> cells, int[] widths, boolean padLast) {
        StringBuilder sb = new StringBuilder(INDENT);
        sb.append(" ".repeat(widths[0] - cells.get(0).length())).append(cells.get(0));
        for (int c = 1; c < cells.size(); c++) {
            sb.append(GAP).append(cells.get(c));
            if (padLast || c < cells.size() - 1) {
                sb.append(" ".repeat(widths[c] - cells.get(c).length()));
            }
        }
        return padLast ? sb.toString() : sb.toString().stripTrailing();
    }

    public static String footer(Result r) {
        if (r.verdict() == Verdict.ERROR) {
            return ""; // nothing to replay: the run itself went wrong
        }
        String replay = replayCommand(r);
        List<String> parts = new ArrayList<>();
        if (r.preemptions() != null) {
            parts.add(r.preemptions() + (r.preemptions() == 1 ? " preemption" : " preemptions"));
        }
        if (replay != null) {
            parts.add("replay with: " + replay);
        }
        return String.join("; ", parts);
    }

    /** The engine's own replay command if it wrote one, else the schedule as a --schedule option. */
    public static String replayCommand(Result r) {
        if (r.replay() != null && !r.replay().isBlank()) {
            return r.replay().strip();
        }
        if (r.schedule() != null && !r.schedule().isBlank()) {
            return "--schedule " + r.schedule().strip();
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
