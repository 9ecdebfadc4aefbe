package tcheck.results.text;

import tcheck.results.StepKind;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace folded for reading: a thread's turn (its consecutive steps until another thread runs)
 * becomes one line, said per method of the code under test ("withdraw: read balance -> 5; write
 * balance <- 0"), so every line break is a switch between threads, the thing an interleaving is
 * made of. Steps that cannot matter to the interleaving are hidden: starting and joining threads,
 * accesses to data that only one thread touches or that no thread writes in this trace, and a
 * turn that only takes and gives back locks. A marked step is never hidden. Steps an engine
 * recorded without a kind are shown one per line, as they are.
 */
public final class TraceFolding {
    /** One line of a folded trace: steps {@code first..last} of {@code thread}, the state after the last. */
    public record Line(int first, int last, String thread, String text, String where, TraceStep lastStep, List<StepMark> marks) {
        /** "7" or "9-12". */
        public String steps() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }

        public boolean has(StepMark m) {
            return marks.contains(m);
        }
    }

    private TraceFolding() {
    }

    /** Every step on its own line: what "all steps" shows. */
    public static List<Line> unfolded(List<TraceStep> steps) {
        List<Line> out = new ArrayList<>();
        for (TraceStep s : steps) {
            out.add(new Line(s.step(), s.step(), TraceView.threadOf(s), s.action(), s.where(), s, s.marks()));
        }
        return out;
    }

    public static List<Line> fold(List<TraceStep> steps) {
        Set<Integer> hidden = hidden(steps);
        List<List<TraceStep>> groups = new ArrayList<>();
        for (TraceStep s : steps) {
            if (hidden.contains(s.step())) {
                continue;
            }
            List<TraceStep> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && sameTurn(last.get(last.size() - 1), s)) {
                last.add(s);
            } else {
                groups.add(new ArrayList<>(List.of(s)));
            }
        }
        List<Line> out = new ArrayList<>();
        Map<Integer, TraceStep> before = new HashMap<>();
        for (int i = 1; i < steps.size(); i++) {
            before.put(steps.get(i).step(), steps.get(i - 1));
        }
        for (List<TraceStep> g : groups) {
            TraceStep previous = before.get(g.get(0).step());
            boolean changesState = previous != null && !java.util.Objects.equals(previous.state(), g.get(g.size() - 1).state());
            if (onlyLocking(g) && !changesState) {
                continue;
            }
            TraceStep first = g.get(0);
            TraceStep last = g.get(g.size() - 1);
            Set<StepMark> marks = EnumSet.noneOf(StepMark.class);
            g.forEach(s -> marks.addAll(s.marks()));
            out.add(new Line(first.step(), last.step(), TraceView.threadOf(first), text(g), first.where(), last, List.copyOf(marks)));
        }
        return out;
    }

    /** Consecutive steps of one thread, except that a livelock's lap starts a line of its own. */
    private static boolean sameTurn(TraceStep a, TraceStep b) {
        return a.kind() != null && b.kind() != null && TraceView.threadOf(a).equals(TraceView.threadOf(b))
                && (a.has(StepMark.LAP) || !b.has(StepMark.LAP));
    }

    /** A turn that takes and gives back the same number of locks and does nothing else the trace can show. */
    private static boolean onlyLocking(List<TraceStep> g) {
        long acquires = g.stream().filter(s -> s.kind() == StepKind.ACQUIRE).count();
        long releases = g.stream().filter(s -> s.kind() == StepKind.RELEASE).count();
        return acquires == releases && acquires + releases == g.size() && g.stream().allMatch(s -> s.marks().isEmpty());
    }

    /**
     * One step: its action. Several: per method, what it read, wrote, waited for and woke; taking
     * and releasing locks inside is left out (unmarked), as the method's own business.
     */
    private static String text(List<TraceStep> g) {
        if (g.size() == 1) {
            return g.get(0).action();
        }
        List<String> segments = new ArrayList<>();
        String operation = null;
        List<String> parts = new ArrayList<>();
        for (TraceStep s : g) {
            boolean lock = s.kind() == StepKind.ACQUIRE || s.kind() == StepKind.RELEASE;
            if (lock && s.marks().isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && !java.util.Objects.equals(operation, s.operation())) {
                segments.add(segment(operation, parts));
                parts = new ArrayList<>();
            }
            operation = s.operation();
            if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(s.action().strip())) {
                parts.add(s.action().strip()); // the same read twice in a row says nothing new
            }
        }
        if (!parts.isEmpty()) {
            segments.add(segment(operation, parts));
        }
        return segments.isEmpty() ? (g.get(0).operation() == null ? "" : g.get(0).operation() + ": ") + "takes and releases locks"
                : String.join(" | ", segments);
    }

    private static String segment(String operation, List<String> parts) {
        return (operation == null ? "" : operation + ": ") + String.join("; ", parts);
    }

    /** Steps no reader needs: thread start/join and accesses to data only one thread touches or none writes. */
    public static Set<Integer> hidden(List<TraceStep> steps) {
        Map<String, Set<String>> touchedBy = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (TraceStep s : steps) {
            if (s.location() != null) {
                touchedBy.computeIfAbsent(s.location(), k -> new HashSet<>()).add(TraceView.threadOf(s));
                if (s.kind() == StepKind.WRITE) {
                    written.add(s.location());
                }
            }
        }
        Set<Integer> out = new HashSet<>();
        for (TraceStep s : steps) {
            if (!s.marks().isEmpty() || s.kind() == null) {
                continue;
            }
            boolean harness = s.kind() == StepKind.START || s.kind() == StepKind.JOIN;
            boolean unshared = s.location() != null
                    && (touchedBy.get(s.location()).size() < 2 || !written.contains(s.location()));
            if (harness || unshared) {
                out.add(s.step());
            }
        }
        return out;
    }
}
