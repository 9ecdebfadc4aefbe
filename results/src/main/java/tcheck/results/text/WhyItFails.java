package tcheck.results.text;

import tcheck.results.Result;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a trace fails, in words tied to its step numbers: built from the marks the engine put on
 * the steps (what happened where) and the scenario's lesson and seed (why that is a bug). The
 * short form is the culprit in one or two sentences; the long form adds every marked step, the
 * lesson and where the seed material teaches it.
 */
public final class WhyItFails {
    private final List<TraceStep> steps;

    private WhyItFails(List<TraceStep> steps) {
        this.steps = steps;
    }

    /** The culprit in a sentence or two; empty when the trace carries no marks. */
    public static List<String> brief(Result r) {
        if (r.verdict() != Verdict.COUNTEREXAMPLE || r.trace() == null) {
            return List.of();
        }
        return new WhyItFails(r.trace()).culprit();
    }

    /** The culprit, every other marked step, the lesson and the seed. */
    public static List<String> full(Result r) {
        List<String> out = new ArrayList<>(steps(r));
        if (out.isEmpty()) {
            return out;
        }
        if (r.lesson() != null && !r.lesson().isBlank()) {
            out.add("The lesson: " + r.lesson().strip().replaceAll("\\s+", " "));
        }
        seed(r).ifPresent(out::add);
        return out;
    }

    /** The culprit and every other marked step: what the page says beside its own lesson. */
    public static List<String> steps(Result r) {
        List<String> out = new ArrayList<>(brief(r));
        if (!out.isEmpty()) {
            out.addAll(new WhyItFails(r.trace()).others());
        }
        return out;
    }

    /** Where the seed material teaches it: file and Python lines, when the engine said. */
    public static Optional<String> seed(Result r) {
        return r.details() != null && r.details().get("seed") instanceof String seed && !seed.isBlank()
                ? Optional.of("Seed: " + seed.strip()) : Optional.empty();
    }

    private List<String> culprit() {
        List<String> out = new ArrayList<>();
        Optional<TraceStep> act = first(StepMark.FAILS_HERE);
        if (act.isEmpty()) {
            return out;
        }
        TraceStep a = act.get();
        String kept = keptAtEnd(a);
        Optional<TraceStep> stale = first(StepMark.STALE_CHECK);
        Optional<TraceStep> change = first(StepMark.INTERFERES);
        if (a.has(StepMark.LAP)) {
            List<TraceStep> lap = marked(StepMark.LAP);
            int end = lap.get(lap.size() - 1).step();
            out.add("Steps " + a.step() + "-" + end + " are one lap: after step " + end
                    + " every thread is back where it was before step " + a.step() + ", nothing changed, and they go round again for ever.");
        } else if (stale.isPresent() && change.isPresent() && stale.get().kind() == tcheck.results.StepKind.WRITE) {
            // two changes meant as one (pieces of a line, halves of an update) with another thread's change between them
            out.add("At step " + a.step() + " " + who(a) + " " + what(a) + ", going on from what it did at step " + stale.get().step()
                    + " (" + what(stale.get()) + "); but " + who(change.get()) + " changed it in between, at step " + change.get().step()
                    + " (" + what(change.get()) + "): nothing kept " + who(a) + "'s steps together.");
        } else if (stale.isPresent() && change.isPresent()) {
            out.add("At step " + a.step() + " " + who(a) + " " + what(a) + ", relying on what it read at step " + stale.get().step()
                    + " (" + what(stale.get()) + "); but " + who(change.get()) + " changed it at step " + change.get().step()
                    + " (" + what(change.get()) + ") and " + who(a) + " did not check again.");
        } else if (a.has(StepMark.TORN_READ)) {
            out.add("At step " + a.step() + " " + who(a) + " " + what(a) + " while an update is half done"
                    + racePartner(a).map(p -> " (" + who(p) + " " + what(p) + " at step " + p.step() + ")").orElse("")
                    + ": nothing orders the read with the writes, so it mixes two versions.");
        } else if (a.has(StepMark.THROWS)) {
            out.add("At step " + a.step() + " " + who(a) + " " + what(a) + " and throws.");
        } else if (a.has(StepMark.BLOCKS_FOREVER)) {
            List<String> blocked = new ArrayList<>();
            for (TraceStep s : marked(StepMark.BLOCKS_FOREVER)) {
                // its last step is where it got to, not what holds it: that is what it waits on after it
                blocked.add(who(s) + ", after its step " + s.step() + " (" + what(s) + "), " + waitsOn(s.thread()));
            }
            out.add("After step " + a.step() + " no thread can go on: " + String.join("; ", blocked) + ".");
        } else if (kept != null) {
            out.add("At step " + a.step() + " " + who(a) + " " + what(a) + ", and ends still holding " + kept
                    + ": every thread that wants it waits for ever.");
        } else if (a.has(StepMark.RACE)) {
            out.add("At step " + a.step() + " " + who(a) + " " + what(a) + " with nothing ordering it after "
                    + racePartner(a).map(p -> who(p) + "'s step " + p.step() + " (" + what(p) + ")").orElse("the other access") + ".");
        } else {
            out.add("It goes wrong at step " + a.step() + ": " + who(a) + " " + what(a) + ".");
        }
        // a wasted wake-up is the cause of the threads left blocked: said first
        marked(StepMark.WRONG_WAKEUP).forEach(n -> out.add(0, "At step " + n.step() + " " + who(n) + " " + what(n)
                + ": a thread of the wrong kind is woken; it only waits again, and the one that could go on stays asleep."));
        // the final check runs once every thread is joined; a property checked as the run goes notices it right after its step
        first(StepMark.NOTICED).ifPresent(n -> out.add(n.kind() == tcheck.results.StepKind.JOIN || n.kind() == null
                ? "The check at the end (step " + n.step() + ") notices it."
                : "The check after step " + n.step() + " (" + who(n) + " " + what(n) + ") notices it, and the run stops there."));
        return out;
    }

    /** The marked steps the culprit sentence did not name. */
    private List<String> others() {
        List<String> out = new ArrayList<>();
        for (TraceStep s : marked(StepMark.RACE)) {
            if (!s.has(StepMark.FAILS_HERE)) {
                out.add("Step " + s.step() + " (" + who(s) + " " + what(s) + ") is one side of a data race: no lock, volatile or join orders it with the other side.");
            }
        }
        for (TraceStep s : marked(StepMark.TORN_READ)) {
            out.add("Step " + s.step() + " (" + who(s) + " " + what(s) + ") reads an update that is only half done.");
        }
        return out;
    }

    /**
     * The other side of the race at {@code a}: another thread's racing step on the same location when the
     * trace says it (a trace may hold several races), the nearest before {@code a}, else the first after it.
     */
    private Optional<TraceStep> racePartner(TraceStep a) {
        List<TraceStep> others = marked(StepMark.RACE).stream()
                .filter(s -> s != a && !TraceView.threadOf(s).equals(TraceView.threadOf(a))).toList();
        List<TraceStep> sameLocation = a.location() == null ? List.of()
                : others.stream().filter(s -> a.location().equals(s.location())).toList();
        List<TraceStep> candidates = sameLocation.isEmpty() ? others : sameLocation;
        Optional<TraceStep> before = candidates.stream().filter(s -> s.step() < a.step()).reduce((x, y) -> y);
        return before.isPresent() ? before : candidates.stream().findFirst();
    }

    private Optional<TraceStep> first(StepMark m) {
        return steps.stream().filter(s -> s.has(m)).findFirst();
    }

    /** The lock a thread took at {@code s} and still held when it ended (as the last step's state says), or null. */
    private String keptAtEnd(TraceStep s) {
        tcheck.results.SyncState last = lastSync();
        if (s.kind() != tcheck.results.StepKind.ACQUIRE || last == null) {
            return null;
        }
        tcheck.results.ThreadSync t = last.threads().get(s.thread());
        if (t == null || t.status() != tcheck.results.ThreadStatus.DONE) {
            return null;
        }
        List<String> kept = last.owners().entrySet().stream().filter(e -> e.getValue().equals(s.thread()))
                .map(java.util.Map.Entry::getKey).toList();
        return kept.stream().filter(l -> s.action().contains(l)).findFirst().orElse(kept.isEmpty() ? null : kept.get(0));
    }

    /** The threads' and locks' state after the last step, or null when the trace does not keep it. */
    private tcheck.results.SyncState lastSync() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1).sync();
    }

    /** What the thread waits on after the last step, as its synchronization state says (when the trace keeps it). */
    private String waitsOn(String thread) {
        tcheck.results.SyncState last = lastSync();
        tcheck.results.ThreadSync t = last == null ? null : last.threads().get(thread);
        if (t == null || t.on() == null) {
            return "waits";
        }
        return t.status() == tcheck.results.ThreadStatus.BLOCKED ? "waits to take " + t.on() : "waits on " + t.on();
    }

    private List<TraceStep> marked(StepMark m) {
        return steps.stream().filter(s -> s.has(m)).toList();
    }

    private static String who(TraceStep s) {
        return TraceView.threadOf(s);
    }

    private static String what(TraceStep s) {
        return s.action() == null ? "" : s.action().strip().replaceAll("\\s+", " ");
    }
}
