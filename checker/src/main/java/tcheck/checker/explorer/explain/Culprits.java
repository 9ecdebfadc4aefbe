package tcheck.checker.explorer.explain;

import tcheck.checker.explorer.runtime.Failure;
import tcheck.checker.explorer.runtime.RaceDetector;
import tcheck.checker.explorer.runtime.Step;
import tcheck.results.FailureKind;
import tcheck.results.StepKind;
import tcheck.results.StepMark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the few steps of a failing trace that make the bug, from the steps' operations and the
 * failure alone (no knowledge of the scenario): where it happens, the stale check and the other
 * thread's change it relied on, the racing accesses, the wasted wake-up, the threads left blocked,
 * the lap of a livelock, and the final check that noticed it.
 */
public final class Culprits {
    private final List<Step> steps;
    private final Map<Integer, Set<StepMark>> marks = new LinkedHashMap<>();

    private Culprits(List<Step> steps) {
        this.steps = steps;
    }

    /**
     * @param steps   the shown steps, in order (step i has index i + 1)
     * @param failure what went wrong, or null (a run that only raced)
     * @param races   the data races of this very execution
     * @return the marks per 1-based step; steps without marks are absent
     */
    public static Map<Integer, Set<StepMark>> of(List<Step> steps, Failure failure, List<RaceDetector.Race> races) {
        Culprits c = new Culprits(steps);
        for (RaceDetector.Race r : races) {
            if (r.first().step() <= steps.size() && r.second().step() <= steps.size()) {
                c.mark(r.first().step(), StepMark.RACE);
                c.mark(r.second().step(), StepMark.RACE);
            }
        }
        if (failure != null && !steps.isEmpty()) {
            c.failure(failure);
        }
        return c.marks;
    }

    /** The step marked as where the bug happens, or 0. */
    public static int failsHere(Map<Integer, Set<StepMark>> marks) {
        return marks.entrySet().stream().filter(e -> e.getValue().contains(StepMark.FAILS_HERE))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(0);
    }

    private void failure(Failure f) {
        int last = steps.size();
        FailureKind kind = f.resultKind();
        if (kind == null) {
            otherFailure(f, last); // the explorer's own words (error, step-bound): marked as any other failure
            return;
        }
        switch (kind) {
            case LIVELOCK -> livelock(f);
            case DEADLOCK -> deadlock(f);
            case DATA_RACE -> {
                int at = f.step() > 0 && f.step() <= last ? f.step() : last;
                mark(at, StepMark.FAILS_HERE);
                staleCheck(at);
            }
            case EXCEPTION -> {
                int at = f.step() > 0 && f.step() <= last ? f.step() : last;
                if (f.step() == 0) {
                    // thrown by the final check: the act that broke the state comes first
                    actBefore(last);
                } else {
                    if (f.details().get("thread") instanceof String name && !name.equals(step(at).threadName)) {
                        // thrown by a thread that was not the last to take a step: after its own last step
                        int own = lastStepOf(name, at);
                        if (own == 0) {
                            // before any step of its own (a StackOverflowError, System.exit first thing): where it began
                            mark(startOf(name, at), StepMark.FAILS_HERE);
                            return;
                        }
                        at = own;
                    }
                    int thrower = step(at).thread;
                    while (at > 1 && step(at).thread == thrower && StepKinds.of(step(at).op) == StepKind.RELEASE) {
                        at--; // locks given back while the exception unwinds: it was thrown before them
                    }
                    mark(at, StepMark.THROWS);
                    mark(at, StepMark.FAILS_HERE);
                    staleCheck(at);
                }
            }
            case TORN_READ -> {
                if (tornReads()) {
                    return; // the racing reads are where it fails; the check after the last step notices it
                }
                if (f.step() > 0 && f.step() <= last) {
                    mark(f.step(), StepMark.FAILS_HERE);
                } else {
                    actBefore(last);
                }
            }
            default -> otherFailure(f, last);
        }
    }

    private void otherFailure(Failure f, int last) {
        if (f.step() == 0 || f.step() > last) {
            actBefore(last); // a final check: the last change of shared state is the one it objects to
        } else if (!StepKinds.writes(step(f.step()).op) || !shared(StepKinds.location(step(f.step()).op))) {
            int timedOut = timedOutBefore(f.step());
            if (timedOut > 0) {
                // the thread went on from a timed wait that ended by its timeout: the check objects to that
                mark(timedOut, StepMark.FAILS_HERE);
                if (timedOut != f.step()) {
                    mark(f.step(), StepMark.NOTICED);
                }
            } else {
                // an assertion that read the state, or a check of what a thread recorded for itself, noticed what an earlier write did
                actBefore(f.step());
            }
        } else {
            mark(f.step(), StepMark.FAILS_HERE);
            staleCheck(f.step());
        }
    }

    /**
     * The failing thread's step at or before {@code at} whose timed wait timed out, since its last write of shared
     * data, and which it did not wait again for on the same object (a loop around the timed wait); 0 if none.
     */
    private int timedOutBefore(int at) {
        int thread = step(at).thread;
        Set<String> later = new HashSet<>();
        for (int i = at; i >= 1; i--) {
            Step s = step(i);
            if (s.thread != thread) {
                continue;
            }
            if (s.timedOut() && !later.contains(s.op.key())) {
                return i;
            }
            if (StepKinds.writes(s.op) && shared(StepKinds.location(s.op))) {
                return 0;
            }
            if (s.op.key() != null) {
                later.add(s.op.key());
            }
        }
        return 0;
    }

    /**
     * A torn read noticed at the end: the reads that raced with a write are the torn ones, the
     * last of them is where the reader saw the mix; the end notices it.
     */
    private boolean tornReads() {
        int lastTorn = 0;
        for (Map.Entry<Integer, Set<StepMark>> e : marks.entrySet()) {
            if (e.getValue().contains(StepMark.RACE) && StepKinds.of(step(e.getKey()).op) == StepKind.READ) {
                mark(e.getKey(), StepMark.TORN_READ);
                lastTorn = Math.max(lastTorn, e.getKey());
            }
        }
        if (lastTorn == 0) {
            return false;
        }
        mark(lastTorn, StepMark.FAILS_HERE);
        if (lastTorn != steps.size()) {
            mark(steps.size(), StepMark.NOTICED);
        }
        return true;
    }

    /** Whether more than one thread touches {@code location} in the shown steps. */
    private boolean shared(String location) {
        return location != null && threadsOf().getOrDefault(location, Set.of()).size() > 1;
    }

    /** The threads that touch each location in the shown steps. */
    private Map<String, Set<Integer>> threadsOf() {
        Map<String, Set<Integer>> threadsOf = new LinkedHashMap<>();
        for (Step s : steps) {
            String l = StepKinds.location(s.op);
            if (l != null) {
                threadsOf.computeIfAbsent(l, k -> new HashSet<>()).add(s.thread);
            }
        }
        return threadsOf;
    }

    /**
     * The failure was noticed after the last step: the last change of data that more than one
     * thread touches made it (a write of a thread's own bookkeeping cannot break a shared invariant).
     */
    private void actBefore(int last) {
        Map<String, Set<Integer>> threadsOf = threadsOf();
        int act = 0;
        for (int i = last; i >= 1 && act == 0; i--) {
            Step s = step(i);
            String l = StepKinds.location(s.op);
            if (StepKinds.writes(s.op) && l != null && threadsOf.get(l).size() > 1) {
                act = i;
            }
        }
        for (int i = last; i >= 2 && act == 0; i--) {
            // no write the explorer saw (the change happened inside a call it does not model): the last step after which the state differs
            StepKind k = StepKinds.of(step(i).op);
            if (k != StepKind.RELEASE && k != StepKind.JOIN && k != StepKind.START
                    && !Objects.equals(step(i - 1).stateAfter(), step(i).stateAfter())) {
                act = i;
            }
        }
        if (act == 0) {
            mark(last, StepMark.FAILS_HERE);
            return;
        }
        mark(act, StepMark.FAILS_HERE);
        staleCheck(act);
        if (act != last) {
            mark(last, StepMark.NOTICED);
        }
    }

    /**
     * The act at {@code at} relied on something its thread read earlier: the latest change of the
     * act's location by another thread before it, and the thread's last read of it before that change.
     */
    private void staleCheck(int at) {
        Step act = step(at);
        String location = StepKinds.location(act.op);
        if (location == null) {
            return;
        }
        for (int i = at - 1; i >= 1; i--) {
            Step other = step(i);
            if (other.thread != act.thread && StepKinds.writes(other.op) && location.equals(StepKinds.location(other.op))) {
                for (int j = i - 1; j >= 1; j--) {
                    Step read = step(j);
                    if (read.thread == act.thread && location.equals(StepKinds.location(read.op))) {
                        mark(j, StepMark.STALE_CHECK);
                        mark(i, StepMark.INTERFERES);
                        return;
                    }
                }
                return;
            }
        }
    }

    /**
     * Each blocked thread's step that left it stuck: the wait (or blocking JDK call) it never returns
     * from, else the last lock it took (it holds that one while it waits for the next); a wake-up that only led its
     * thread to wait again. Threads blocked only joining are the harness's, not the bug's.
     */
    private void deadlock(Failure f) {
        Set<String> blocked = new LinkedHashSet<>();
        Set<String> endedHolding = new LinkedHashSet<>();
        if (f.details().get("threads") instanceof List<?> threads) {
            for (Object t : threads) {
                if (t instanceof Map<?, ?> m && m.get("thread") instanceof String name) {
                    blocked.add(name);
                }
                if (t instanceof Map<?, ?> m && m.get("heldByEnded") instanceof String holder) {
                    endedHolding.add(holder);
                }
            }
        }
        int latest = 0;
        for (String name : blocked) {
            int last = 0;
            int lastAcquire = 0;
            for (int i = 1; i <= steps.size(); i++) {
                if (step(i).threadName.equals(name)) {
                    last = i;
                    lastAcquire = StepKinds.of(step(i).op) == StepKind.ACQUIRE ? i : lastAcquire;
                }
            }
            if (last == 0) {
                continue;
            }
            StepKind k = StepKinds.of(step(last).op);
            // a wait, or a call into the JDK's own blocking code (a phaser, a queue), is where it stays;
            // else it waits for a lock, holding the one it took last
            int stuck = k == StepKind.WAIT || k == StepKind.OTHER || lastAcquire == 0 ? last : lastAcquire;
            if (stuck > 0 && k != StepKind.JOIN && k != StepKind.START) {
                mark(stuck, StepMark.BLOCKS_FOREVER);
                latest = Math.max(latest, stuck);
            }
        }
        wastedWakeups();
        for (String holder : endedHolding) {
            int taken = lockKeptAtEnd(holder);
            if (taken > 0) {
                mark(taken, StepMark.FAILS_HERE); // a thread that ended holding a lock: where it took the one it kept
                return;
            }
        }
        mark(latest == 0 ? steps.size() : latest, StepMark.FAILS_HERE);
    }

    /** The step at which thread {@code name} last took a lock it still held when it ended (more takes than releases), or 0. */
    private int lockKeptAtEnd(String name) {
        Map<String, Integer> held = new LinkedHashMap<>();
        Map<String, Integer> lastTaken = new LinkedHashMap<>();
        for (int i = 1; i <= steps.size(); i++) {
            Step s = step(i);
            if (!s.threadName.equals(name) || s.op.key() == null) {
                continue;
            }
            StepKind k = StepKinds.of(s.op);
            if (k == StepKind.ACQUIRE) {
                held.merge(s.op.key(), 1, Integer::sum);
                lastTaken.put(s.op.key(), i);
            } else if (k == StepKind.RELEASE) {
                held.merge(s.op.key(), -1, Integer::sum);
            }
        }
        int at = 0;
        for (Map.Entry<String, Integer> e : held.entrySet()) {
            if (e.getValue() > 0) {
                at = Math.max(at, lastTaken.get(e.getKey()));
            }
        }
        return at;
    }

    /** A notify whose woken thread waits again before it changed anything: the wake-up was meant for another. */
    private void wastedWakeups() {
        for (int w = 1; w <= steps.size(); w++) {
            Step wake = step(w);
            if (StepKinds.of(wake.op) != StepKind.WAKE) {
                continue;
            }
            int notify = 0;
            for (int i = w - 1; i >= 1 && notify == 0; i--) {
                Step s = step(i);
                if (s.thread != wake.thread && StepKinds.of(s.op) == StepKind.NOTIFY && Objects.equals(s.op.key(), wake.op.key())) {
                    notify = i;
                }
            }
            for (int i = w + 1; i <= steps.size() && notify > 0; i++) {
                Step s = step(i);
                if (s.thread != wake.thread) {
                    continue;
                }
                if (StepKinds.writes(s.op) || StepKinds.of(s.op) == StepKind.NOTIFY) {
                    break; // it did something with the wake-up
                }
                if (StepKinds.of(s.op) == StepKind.WAIT) {
                    mark(notify, StepMark.WRONG_WAKEUP);
                    break;
                }
            }
        }
    }

    /** The lap the threads repeat, and where the livelock closes it. */
    private void livelock(Failure f) {
        if (f.details().get("cycleStart") instanceof Integer start && f.details().get("cycleLength") instanceof Integer len) {
            int end = Math.min(steps.size(), start + len - 1);
            for (int i = start; i <= end; i++) {
                mark(i, StepMark.LAP);
            }
            mark(start, StepMark.FAILS_HERE); // from here the threads go round for ever
        } else {
            mark(steps.size(), StepMark.FAILS_HERE);
        }
    }

    /** The last step of the thread so named up to step {@code upTo}, or 0. */
    private int lastStepOf(String thread, int upTo) {
        for (int i = upTo; i >= 1; i--) {
            if (step(i).threadName.equals(thread)) {
                return i;
            }
        }
        return 0;
    }

    /** The step that started the thread so named, up to step {@code upTo}; {@code upTo} if none did (main). */
    private int startOf(String thread, int upTo) {
        for (int i = 1; i <= upTo; i++) {
            if (step(i).op.kind() == tcheck.checker.explorer.runtime.OpKind.START && step(i).op.target() instanceof Thread t
                    && t.getName().equals(thread)) {
                return i;
            }
        }
        return upTo;
    }

    private Step step(int oneBased) {
        return steps.get(oneBased - 1);
    }

    private void mark(int step, StepMark m) {
        if (step >= 1 && step <= steps.size()) {
            marks.computeIfAbsent(step, k -> new LinkedHashSet<>()).add(m);
        }
    }

    /** The marks of one step, in the enum's order (stable output). */
    public static List<StepMark> sorted(Set<StepMark> marks) {
        List<StepMark> out = new ArrayList<>(marks);
        out.sort(null);
        return out;
    }
}
