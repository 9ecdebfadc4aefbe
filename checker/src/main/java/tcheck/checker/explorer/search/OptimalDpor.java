package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.DependenceIndex;
import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Op;
import tcheck.checker.explorer.runtime.OpKind;
import tcheck.checker.explorer.runtime.Step;
import tcheck.checker.explorer.runtime.VectorClock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Optimal DPOR with wakeup trees (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014): where
 * {@link DepthFirstSearch#dpor()} only records which thread to try first at a choice point (and so
 * may start executions that sleep sets then cut short), here a race records the whole sequence that
 * reverses it ({@code v}: the steps after the first racing step that do not depend on it, then the
 * second), and the next executions follow those sequences before choosing freely. Sequences are
 * inserted only when no thread asleep at the choice point could start them (their weak initials),
 * and not at all when an existing branch already starts them.
 * <p>
 * Conservative where the explorer cannot know more: a thread's next operation is known only until it
 * runs on a branch of the tree (after that it counts as dependent), thread start and join count as
 * dependent with everything, and a sequence whose first thread cannot run falls back to every
 * thread that can. Conservative means more executions, never fewer traces: the benchmark's trace
 * count and the completeness test are the judges.
 */
public final class OptimalDpor implements Strategy {
    /** A node of a wakeup tree: the thread to run, then the subtree of what follows. */
    private static final class Branch {
        final int thread;
        final List<Branch> children = new ArrayList<>();

        Branch(int thread) {
            this.thread = thread;
        }
    }

    /** One choice point on the current path. */
    private static final class Point {
        final boolean waiter;
        /** The step (0-based) at which this choice is made. */
        final int step;
        final List<Integer> options;
        int chosen;
        final java.util.TreeSet<Integer> done = new java.util.TreeSet<>();
        /** Waiter choices: every waiter is tried. */
        final java.util.TreeSet<Integer> waiterBacktrack = new java.util.TreeSet<>();
        Map<Integer, Op> pending = Map.of();
        final Map<Integer, Op> sleep = new LinkedHashMap<>();
        /** Sequences still to explore from here (the root's children). */
        final Branch wakeup = new Branch(-1);
        /** What the thread chosen here continues with (handed to the next choice point). */
        Branch next = new Branch(-1);

        Point(boolean waiter, int step, List<Integer> options, int chosen) {
            this.waiter = waiter;
            this.step = step;
            this.options = options;
            this.chosen = chosen;
            done.add(chosen);
        }
    }

    private final List<Point> path = new ArrayList<>();
    private final Map<Integer, Point> pointAtStep = new HashMap<>();
    private int depth;
    /**
     * The next execution repeats the steps before this one exactly (it branches off at this step):
     * their races were analysed already, and analysing them again would insert nothing new.
     */
    private int sameBefore;
    private boolean finished;
    private String divergence;

    @Override
    public String name() {
        return "optimal-dpor";
    }

    @Override
    public boolean hasNext() {
        return !finished;
    }

    @Override
    public boolean exhausted() {
        return finished;
    }

    public String divergence() {
        return divergence;
    }

    @Override
    public void begin() {
        depth = 0;
        pointAtStep.clear();
    }

    private Point lastThreadPoint() {
        for (int i = depth - 1; i >= 0; i--) {
            if (!path.get(i).waiter) {
                return path.get(i);
            }
        }
        return null;
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
        if (depth < path.size()) {
            Point p = path.get(depth++);
            if (p.waiter || !p.options.equals(enabled)) {
                divergence = "replay diverged at step " + (step + 1) + ": expected threads " + p.options + " to be able to run, found " + enabled;
            }
            pointAtStep.put(step, p);
            return p.chosen;
        }
        Map<Integer, Op> asleep = inheritedSleep(lastThreadPoint());
        Point before = depth == 0 ? null : path.get(depth - 1);
        Branch handed = before == null ? new Branch(-1) : before.next;
        if (before != null) {
            before.next = new Branch(-1); // handed on once
        }
        Branch follow = null;
        for (Branch b : handed.children) {
            if (enabled.contains(b.thread) && !asleep.containsKey(b.thread)) {
                follow = b;
                break;
            }
        }
        int choice = -1;
        if (follow != null) {
            choice = follow.thread;
        } else if (!handed.children.isEmpty()) {
            // the sequence's thread cannot run here: try every thread that can, as classic DPOR would
            for (int t : enabled) {
                if (!asleep.containsKey(t)) {
                    handed.children.add(new Branch(t));
                }
            }
            handed.children.removeIf(b -> !enabled.contains(b.thread) || asleep.containsKey(b.thread));
            follow = handed.children.isEmpty() ? null : handed.children.get(0);
            choice = follow == null ? -1 : follow.thread;
        } else {
            List<Integer> order = new ArrayList<>();
            order.add(preferred);
            if (enabled.contains(last)) {
                order.add(last);
            }
            order.addAll(enabled);
            for (int c : order) {
                if (!asleep.containsKey(c)) {
                    choice = c;
                    break;
                }
            }
        }
        if (choice == -1) {
            return -1; // everything that can run here is covered elsewhere
        }
        Point p = new Point(false, step, enabled, choice);
        p.pending = pending;
        p.sleep.putAll(asleep);
        if (follow != null) {
            for (Branch b : handed.children) {
                if (b != follow) {
                    p.wakeup.children.add(b);
                }
            }
            p.next = follow;
        }
        path.add(p);
        depth++;
        pointAtStep.put(step, p);
        return choice;
    }

    /**
     * Sleep sets, as in {@link DepthFirstSearch}: explored or sleeping threads independent of the step
     * taken stay asleep; unlike there, also across a thread's start or join (they change who can run,
     * but commute with what the sleeping thread would do), so main's starts do not wake every sleeper.
     */
    private static Map<Integer, Op> inheritedSleep(Point prev) {
        if (prev == null || prev.pending.isEmpty()) {
            return Map.of();
        }
        Op taken = prev.pending.get(prev.chosen);
        Map<Integer, Op> candidates = new LinkedHashMap<>(prev.sleep);
        for (int d : prev.done) {
            if (d != prev.chosen && prev.pending.get(d) != null) {
                candidates.put(d, prev.pending.get(d));
            }
        }
        Map<Integer, Op> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, Op> e : candidates.entrySet()) {
            // starting or joining a thread commutes with every other thread's operation: it stays asleep
            if (e.getKey() != prev.chosen && taken != null && !e.getValue().dependsOn(taken)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * What an acquire after it cannot win a race against: a release (the lock is held until then), or an
     * access to the lock object's fields (they are dependent only because they share the object; an
     * acquire commutes with them). The race that counts is with the earlier acquire.
     */
    private static boolean releasesOrAccesses(Op first) {
        OpKind k = first.kind();
        return k == OpKind.MONITOR_EXIT || k == OpKind.UNLOCK || k == OpKind.READ || k == OpKind.WRITE || k == OpKind.CALL;
    }

    private static boolean acquires(Op op) {
        return op.kind() == OpKind.MONITOR_ENTER || op.kind() == OpKind.LOCK;
    }

    private static boolean lifeCycle(Op op) {
        return op.kind() == OpKind.START || op.kind() == OpKind.JOIN;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        if (depth < path.size()) {
            Point p = path.get(depth++);
            if (!p.waiter || !p.options.equals(waiters)) {
                divergence = "replay diverged at step " + (step + 1) + ": expected waiters " + p.options + ", found " + waiters;
            }
            return p.chosen;
        }
        Point p = new Point(true, step, waiters, waiters.get(0));
        p.waiterBacktrack.addAll(waiters);
        Point before = depth == 0 ? null : path.get(depth - 1);
        if (before != null) {
            p.next = before.next; // a waiter choice sits inside a step: the sequence continues after it
            before.next = new Branch(-1);
        }
        path.add(p);
        depth++;
        return p.chosen;
    }

    @Override
    public void end(Execution execution) {
        detectRaces(execution);
        path.subList(depth, path.size()).clear();
        while (!path.isEmpty()) {
            Point last = path.get(path.size() - 1);
            if (last.waiter) {
                Integer n = null;
                for (int w : last.waiterBacktrack) {
                    if (!last.done.contains(w)) {
                        n = w;
                        break;
                    }
                }
                if (n != null) {
                    sameBefore = last.step;
                    last.chosen = n;
                    last.done.add(n);
                    last.next = new Branch(-1);
                    return;
                }
            } else {
                Branch b = null;
                while (!last.wakeup.children.isEmpty()) {
                    Branch c = last.wakeup.children.remove(0);
                    if (!last.done.contains(c.thread) && !last.sleep.containsKey(c.thread) && last.options.contains(c.thread)) {
                        b = c;
                        break;
                    }
                }
                if (b != null) {
                    sameBefore = last.step;
                    last.chosen = b.thread;
                    last.done.add(b.thread);
                    last.next = b;
                    return;
                }
            }
            path.remove(path.size() - 1);
        }
        finished = true;
    }

    /**
     * As {@link DepthFirstSearch}'s race analysis, but every race counts, not only the last (with
     * wakeup trees a branch may cover an earlier race's reversal only through a later one), and a
     * race inserts its reversing sequence.
     */
    private void detectRaces(Execution ex) {
        List<Step> steps = ex.steps();
        int from = divergence == null ? Math.min(sameBefore, steps.size()) : 0;
        // only the steps an operation may depend on are scanned (the others are skipped below anyway)
        DependenceIndex index = ex.dependenceIndex();
        for (int n = from; n <= steps.size(); n++) {
            Map<Integer, Op> pending = n < steps.size() ? steps.get(n).pendingBefore : ex.finalPending();
            Map<Integer, VectorClock> clocks = n < steps.size() ? steps.get(n).clocksBefore : ex.finalClocks();
            for (Map.Entry<Integer, Op> e : pending.entrySet()) {
                int p = e.getKey();
                VectorClock cp = clocks.get(p);
                List<Step> racing = new ArrayList<>();
                boolean acquires = acquires(e.getValue());
                List<Step> candidates = index.candidates(steps, e.getValue(), n);
                for (int c = candidates.size() - 1; c >= 0; c--) {
                    Step si = candidates.get(c);
                    int i = si.index - 1;
                    if (si.thread == p || !si.op.dependsOn(e.getValue())) {
                        continue;
                    }
                    if (cp != null && cp.get(si.thread) >= si.index) {
                        continue;
                    }
                    if (acquires && releasesOrAccesses(si.op)) {
                        continue; // cannot be reversed (the lock is held until released): the race is with the earlier acquire
                    }
                    boolean direct = true; // not ordered before a later racing step: a race of its own (all of them count here)
                    for (Step later : racing) {
                        if (later.dep().get(si.thread) >= si.index) {
                            direct = false;
                            break;
                        }
                    }
                    if (!direct) {
                        continue;
                    }
                    racing.add(si);
                    Point point = pointAtStep.get(i);
                    if (point != null) {
                        insert(point, steps, i, n, p, e.getValue(), cp);
                    }
                }
            }
        }
    }

    /** Inserts {@code v} (the steps after i not depending on it, then p's operation) into the wakeup tree at i. */
    private static void insert(Point point, List<Step> steps, int i, int n, int p, Op pOp, VectorClock cp) {
        Step e = steps.get(i);
        List<Integer> threads = new ArrayList<>();
        List<VectorClock> clocks = new ArrayList<>();
        List<Step> v = new ArrayList<>();
        for (int j = i + 1; j < n; j++) {
            Step sj = steps.get(j);
            if (sj.dep().get(e.thread) < e.index) {
                v.add(sj);
                threads.add(sj.thread);
                clocks.add(sj.dep());
            }
        }
        threads.add(p);
        clocks.add(cp);
        List<Op> ops = new ArrayList<>();
        for (Step s : v) {
            ops.add(s.op);
        }
        ops.add(pOp);
        boolean[] removed = new boolean[threads.size()];
        // covered already: a thread asleep here, or explored here, could start v (asleep first, then explored,
        // each once; a set of both per race showed in profiles)
        for (int q : point.sleep.keySet()) {
            if (q != point.chosen && weakInitial(q, point.pending.get(q), threads, clocks, ops, v, removed)) {
                return;
            }
        }
        for (int q : point.done) {
            if (q != point.chosen && !point.sleep.containsKey(q) && weakInitial(q, point.pending.get(q), threads, clocks, ops, v, removed)) {
                return;
            }
        }
        // not covered: walk the tree along branches that start v, then add the rest as a new branch
        Branch at = point.wakeup;
        Set<Integer> moved = new java.util.HashSet<>(); // threads that ran on the way down: their next operation is unknown
        while (true) {
            Branch match = null;
            for (Branch c : at.children) {
                if (at == point.wakeup && !point.options.contains(c.thread)) {
                    continue; // a branch whose thread cannot run here is dropped unexplored (see end): it covers no race
                }
                Op cOp = moved.contains(c.thread) ? null : point.pending.get(c.thread);
                if (weakInitial(c.thread, cOp, threads, clocks, ops, v, removed)) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                break;
            }
            if (match.children.isEmpty()) {
                return; // a leaf starts v: exploring it will reach v's race reversed
            }
            removeFirst(match.thread, threads, removed);
            moved.add(match.thread);
            at = match;
        }
        Branch tail = at;
        for (int k = 0; k < threads.size(); k++) {
            if (!removed[k]) {
                Branch b = new Branch(threads.get(k));
                tail.children.add(b);
                tail = b;
            }
        }
    }

    /**
     * Whether thread q can start what is left of v: its first step in v waits for no earlier step
     * left in v, or (q not in v) its next operation {@code qOp} is independent of all of v.
     */
    private static boolean weakInitial(int q, Op qOp, List<Integer> threads, List<VectorClock> clocks, List<Op> ops,
                                       List<Step> v, boolean[] removed) {
        for (int k = 0; k < threads.size(); k++) {
            if (removed[k] || threads.get(k) != q) {
                continue;
            }
            VectorClock c = clocks.get(k);
            for (int j = 0; j < k; j++) {
                if (removed[j] || threads.get(j) == q) {
                    continue;
                }
                // the last element (p's operation) has no step: its clock is p's, the others are steps of v
                if (j < v.size() && c != null && c.get(v.get(j).thread) >= v.get(j).index) {
                    return false;
                }
                if (k == threads.size() - 1 && j < v.size() && v.get(j).op.dependsOn(ops.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (qOp == null || lifeCycle(qOp)) {
            return false; // its next operation is unknown here, or changes who can run: not known to commute
        }
        for (int k = 0; k < ops.size(); k++) {
            if (!removed[k] && (ops.get(k).dependsOn(qOp) || lifeCycle(ops.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static void removeFirst(int q, List<Integer> threads, boolean[] removed) {
        for (int k = 0; k < threads.size(); k++) {
            if (!removed[k] && threads.get(k) == q) {
                removed[k] = true;
                return;
            }
        }
    }
}
