package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.DependenceIndex;
import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Op;
import tcheck.checker.explorer.runtime.Step;
import tcheck.checker.explorer.runtime.VectorClock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stateless depth-first search over schedules: every execution re-runs the program from the start,
 * replaying the current path's choices, then extends it with default choices; afterwards it
 * backtracks to the deepest choice point with something left to try.
 * <ul>
 *   <li>{@link Mode#DPOR}: dynamic partial-order reduction (Flanagan and Godefroid, 2005). A choice
 *   point only gets an alternative when the execution shows that a later operation of another
 *   thread depends on (conflicts with) the operation chosen there and was not ordered after it;
 *   executions that differ only in the order of independent operations are explored once.</li>
 *   <li>{@link Mode#NAIVE}: every enabled thread at every choice point (for comparison).</li>
 *   <li>{@link Mode#PREEMPTION_BOUNDED}: every enabled thread, but no path with more than
 *   {@code bound} preemptions, so counterexamples come with the fewest preemptions. A choice point
 *   whose path is the same Mazurkiewicz trace as that of one explored in full already (the same
 *   steps, independent ones in another order: the same state), with as many preemptions left to
 *   spend and the same thread running last, or one more whoever ran last, is abandoned: every
 *   execution below it is one below the other with the same outcome (see {@link #covered}). A choice
 *   whose next choice point would be such a one is not taken at all (see {@link #coveredChild}).</li>
 * </ul>
 * Waiter choices (which thread a notify wakes) are always explored in full.
 */
public final class DepthFirstSearch implements Strategy {
    public enum Mode { DPOR, NAIVE, PREEMPTION_BOUNDED, SLEEP_SETS }

    private final Mode mode;
    private final int bound;
    private final List<Node> path = new ArrayList<>();
    private final Map<Integer, Node> threadNodeAtStep = new HashMap<>();
    private int depth;
    private boolean finished;
    private String divergence;
    private boolean classic;
    /**
     * Preemption-bounded mode: the choice points explored in full (null: none is abandoned). A choice
     * point it covers has nothing new below it: the same state, the same preemption cost for every
     * choice from there on, and no more budget. So the executions this search runs are those of the
     * search without it, in the same order, less some that fail exactly when one run earlier fails:
     * the first failure it meets is the same.
     *
     * <p>Save one thing the state leaves out: a lap of a fair cycle being followed costs no preemption
     * ({@link Node#free}), and whether the livelock watch sees a cycle depends on the path, not only on
     * the state. Abandoning stops once any execution follows a cycle (for every search sharing the
     * points); {@link #prunedBeforeCycles()} tells the caller when this one abandoned some before that,
     * so that it can search again without.
     */
    private final CoveredPoints covered;
    private long pruned;
    /** Of {@link #pruned}, the alternatives not run at all (see {@link #coveredChild}). */
    private long skippedUnrun;
    /** {@code -Dtcheck.skipCoveredChildren=false}: every alternative runs, to be abandoned at its first choice if covered (to compare). */
    public static final String SKIP_COVERED_CHILDREN = "tcheck.skipCoveredChildren";
    private final boolean skipUnrun = !"false".equals(System.getProperty(SKIP_COVERED_CHILDREN));

    public DepthFirstSearch(Mode mode, int preemptionBound) {
        this(mode, preemptionBound, null);
    }

    private DepthFirstSearch(Mode mode, int preemptionBound, CoveredPoints covered) {
        this.mode = mode;
        this.bound = preemptionBound;
        this.covered = covered;
    }

    public static DepthFirstSearch dpor() {
        return new DepthFirstSearch(Mode.DPOR, Integer.MAX_VALUE);
    }

    /**
     * DPOR as it was before source sets: a race adds the racing thread itself (or every thread when it
     * could not run there). Kept to measure against; it can miss traces when that thread is asleep
     * there (lastzero(3) loses one of its 12), so nothing else uses it.
     */
    public static DepthFirstSearch classicDpor() {
        DepthFirstSearch d = new DepthFirstSearch(Mode.DPOR, Integer.MAX_VALUE);
        d.classic = true;
        return d;
    }

    public static DepthFirstSearch naive() {
        return new DepthFirstSearch(Mode.NAIVE, Integer.MAX_VALUE);
    }

    /**
     * Every enabled thread at every choice point, pruned by sleep sets only (Godefroid): at least one
     * execution per Mazurkiewicz trace, without DPOR's race analysis. For counting traces.
     */
    public static DepthFirstSearch sleepSetsOnly() {
        return new DepthFirstSearch(Mode.SLEEP_SETS, Integer.MAX_VALUE);
    }

    /** Preemption-bounded, every path run to its end. */
    public static DepthFirstSearch preemptionBounded(int bound) {
        return new DepthFirstSearch(Mode.PREEMPTION_BOUNDED, bound, null);
    }

    /**
     * Preemption-bounded, abandoning the choice points {@code covered} says were explored in full
     * (by this search, or by an earlier one with a smaller bound given the same), and adding its own.
     */
    public static DepthFirstSearch preemptionBounded(int bound, CoveredPoints covered) {
        return new DepthFirstSearch(Mode.PREEMPTION_BOUNDED, bound, covered);
    }

    /** Of {@link #pruned()}, the alternatives skipped without running them, their first choice point covered. */
    public long skippedUnrun() {
        return skippedUnrun;
    }

    /** Choice points abandoned as covered by an earlier one with the same trace. */
    public long pruned() {
        return pruned;
    }

    /**
     * Some choice point was abandoned as covered and later an execution followed a fair cycle: the
     * abandoned one might have reached a cycle its twin did not (see {@link #covered}), so the search's
     * result stands only once confirmed by a search that abandons nothing.
     */
    public boolean prunedBeforeCycles() {
        return pruned > 0 && covered.anyCycleFollowed(); // pruning stops at the first cycle: it came after
    }

    @Override
    public String name() {
        return switch (mode) {
            case DPOR -> classic ? "dpor-classic" : "dpor";
            case NAIVE -> "dfs";
            case PREEMPTION_BOUNDED -> "preemption-bounded(" + bound + ")";
            case SLEEP_SETS -> "dfs+sleep-sets";
        };
    }

    @Override
    public boolean hasNext() {
        return !finished;
    }

    @Override
    public boolean exhausted() {
        return finished;
    }

    /** Set when a replayed prefix did not reproduce: the program is not deterministic under control. */
    public String divergence() {
        return divergence;
    }

    @Override
    public void begin() {
        depth = 0;
        threadNodeAtStep.clear();
    }

    private int preemptionsSoFar() {
        return depth == 0 ? 0 : path.get(depth - 1).preemptionsAfter();
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
        return chooseThread(step, enabled, last, preferred, pending, false);
    }

    /**
     * When {@code followsCycle}, {@code preferred} goes round a fair cycle again (the livelock watch saw
     * the visible state repeat): that choice costs no preemption, because a lasso's preemptions are those
     * of its prefix and first lap, which the path paid for already. Every other choice there costs as usual.
     */
    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending,
                            boolean followsCycle) {
        return choose(step, enabled, last, preferred, pending, followsCycle, false, 0, 0, null);
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending,
                            boolean followsCycle, long stateHash, long traceKeyA, long traceKeyB) {
        return choose(step, enabled, last, preferred, pending, followsCycle, true, traceKeyA, traceKeyB, null);
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending,
                            boolean followsCycle, long stateHash, long traceKeyA, long traceKeyB,
                            java.util.function.IntFunction<long[]> keyIfChosen) {
        return choose(step, enabled, last, preferred, pending, followsCycle, true, traceKeyA, traceKeyB, keyIfChosen);
    }

    private int choose(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending,
                       boolean followsCycle, boolean keyed, long keyA, long keyB, java.util.function.IntFunction<long[]> keyIfChosen) {
        if (followsCycle && covered != null) {
            covered.cycleFollowed();
        }
        if (depth < path.size()) {
            Node n = path.get(depth++);
            if (n.waiter || !n.options.equals(enabled)) {
                divergence = "replay diverged at step " + (step + 1) + ": expected threads " + n.options + " to be able to run, found " + enabled;
            }
            threadNodeAtStep.put(step, n);
            return n.chosen;
        }
        int before = preemptionsSoFar();
        if (covered != null && keyed && covered.covers(keyA, keyB, last, bound - before)) {
            pruned++;
            return -1; // the same state, explored in full with as many preemptions to spend
        }
        Map<Integer, Op> asleep = mode == Mode.DPOR || mode == Mode.SLEEP_SETS ? inheritedSleep() : Map.of();
        int free = followsCycle ? preferred : -1;
        int choice = -1;
        for (int candidate : preferenceOrder(enabled, preferred, last)) {
            boolean fits = before + (candidate != free && last >= 0 && candidate != last && enabled.contains(last) ? 1 : 0) <= bound;
            if (fits && !asleep.containsKey(candidate)) {
                choice = candidate;
                break;
            }
        }
        if (choice == -1) {
            return -1; // everything left here was covered through a sibling: abandon
        }
        Node n = new Node(step, false, enabled, last, before, choice);
        n.free = free;
        n.keyed = keyed;
        n.keyA = keyA;
        n.keyB = keyB;
        n.pending = pending;
        n.sleep.putAll(asleep);
        if (mode != Mode.DPOR) {
            for (int t : enabled) {
                if (before + n.cost(t) <= bound) {
                    n.backtrack.add(t);
                    if (covered != null && keyIfChosen != null && skipUnrun) {
                        if (n.childKeys == null) {
                            n.childKeys = new HashMap<>();
                        }
                        n.childKeys.put(t, keyIfChosen.apply(t));
                    }
                }
            }
        }
        if (n.childKeys != null) {
            // a choice whose first choice point is covered would end this execution there: take the next instead,
            // as the execution after it would (the same order); with none left, this point is covered too
            Integer uncovered = firstUncovered(n, n.chosen);
            if (uncovered == null) {
                covered.add(keyA, keyB, last, bound - before);
                return -1;
            }
            n.chosen = uncovered;
            n.done.add(uncovered);
            choice = uncovered;
        }
        path.add(n);
        depth++;
        threadNodeAtStep.put(step, n);
        return choice;
    }

    private static List<Integer> preferenceOrder(List<Integer> enabled, int preferred, int last) {
        List<Integer> order = new ArrayList<>();
        order.add(preferred);
        if (enabled.contains(last)) {
            order.add(last);
        }
        order.addAll(enabled);
        return order;
    }

    /**
     * Sleep sets (Godefroid): threads explored first at the previous choice point, and threads
     * asleep there, stay asleep here if the step just taken does not interfere with their pending
     * operation; scheduling them first would only reorder independent operations.
     */
    private Map<Integer, Op> inheritedSleep() {
        Node prev = null;
        for (int i = depth - 1; i >= 0; i--) {
            if (!path.get(i).waiter) {
                prev = path.get(i);
                break;
            }
        }
        if (prev == null || prev.pending.isEmpty()) {
            return Map.of();
        }
        Op taken = prev.pending.get(prev.chosen);
        Map<Integer, Op> out = new LinkedHashMap<>();
        Map<Integer, Op> candidates = new LinkedHashMap<>(prev.sleep);
        for (int d : prev.done) {
            if (d != prev.chosen && prev.pending.get(d) != null) {
                candidates.put(d, prev.pending.get(d));
            }
        }
        for (Map.Entry<Integer, Op> e : candidates.entrySet()) {
            if (e.getKey() != prev.chosen && taken != null && !e.getValue().dependsOn(taken) && !changesWhoCanRun(taken)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Thread life-cycle steps are not "independent" for sleep purposes: they change who can run. */
    private static boolean changesWhoCanRun(Op taken) {
        return taken.kind() == tcheck.checker.explorer.runtime.OpKind.START || taken.kind() == tcheck.checker.explorer.runtime.OpKind.JOIN;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        if (depth < path.size()) {
            Node n = path.get(depth++);
            if (!n.waiter || !n.options.equals(waiters)) {
                divergence = "replay diverged at step " + (step + 1) + ": expected waiters " + n.options + ", found " + waiters;
            }
            return n.chosen;
        }
        Node n = new Node(step, true, waiters, -1, preemptionsSoFar(), waiters.get(0));
        n.backtrack.addAll(waiters);
        path.add(n);
        depth++;
        return n.chosen;
    }

    @Override
    public void end(Execution execution) {
        if (mode == Mode.DPOR) {
            addBacktrackPoints(execution);
        }
        if (covered != null && execution.stateRevisited()) {
            covered.revisitSeen();
        }
        path.subList(depth, path.size()).clear();
        while (!path.isEmpty()) {
            Node last = path.get(path.size() - 1);
            Integer next = firstUncovered(last, last.nextUntried());
            if (next != null) {
                last.chosen = next;
                last.done.add(next);
                return;
            }
            path.remove(path.size() - 1);
            if (covered != null && last.keyed) {
                covered.add(last.keyA, last.keyB, last.last, bound - last.preemptionsBefore);
            }
        }
        finished = true;
    }

    /**
     * {@code first}, or the choice after it at {@code n} in the order they are tried, whose next point is
     * not covered; those skipped are done, counted as abandoned without a run. Null when none is left.
     */
    private Integer firstUncovered(Node n, Integer first) {
        Integer c = first;
        while (c != null && coveredChild(n, c)) {
            n.done.add(c);
            pruned++;
            skippedUnrun++;
            c = n.nextUntried();
        }
        return c;
    }

    /**
     * Whether taking {@code thread} at {@code n} leads straight to a point {@link #covered} covers (the
     * same key, with the same thread last and the preemptions left): an execution that took it would be
     * abandoned at the next choice. Such a choice is skipped: when backtracking, without an execution
     * that replays the path to it only to stop one step later; at a new point, by taking the next
     * choice there at once, as the execution after this one would. Not for the next step of a cycle
     * being followed, whose lap costs nothing and which the livelock watch must see.
     */
    private boolean coveredChild(Node n, int thread) {
        long[] key = n.childKeys == null ? null : n.childKeys.get(thread);
        return key != null && thread != n.free && covered.coversChild(key[0], key[1], thread, bound - (n.preemptionsBefore + n.cost(thread)));
    }

    /**
     * For every state of the execution and every thread's pending operation there, find the last
     * earlier step of another thread that conflicts with it and is not ordered before it by the
     * dependence clocks: the two could have happened the other way round, so that thread (or, if it
     * could not run then, every thread that could) is added as an alternative at that step.
     */
    private void addBacktrackPoints(Execution ex) {
        List<Step> steps = ex.steps();
        // only the steps an operation may depend on are scanned (the others are skipped below anyway)
        DependenceIndex index = ex.dependenceIndex();
        for (int n = 0; n <= steps.size(); n++) {
            Map<Integer, Op> pending = n < steps.size() ? steps.get(n).pendingBefore : ex.finalPending();
            Map<Integer, VectorClock> clocks = n < steps.size() ? steps.get(n).clocksBefore : ex.finalClocks();
            for (Map.Entry<Integer, Op> e : pending.entrySet()) {
                int p = e.getKey();
                VectorClock cp = clocks.get(p);
                List<Step> candidates = index.candidates(steps, e.getValue(), n);
                for (int c = candidates.size() - 1; c >= 0; c--) {
                    Step si = candidates.get(c);
                    int i = si.index - 1;
                    if (si.thread == p || !si.op.dependsOn(e.getValue())) {
                        continue;
                    }
                    if (cp != null && cp.get(si.thread) >= si.index) {
                        continue; // ordered before p's operation already: nothing to reverse
                    }
                    Node node = threadNodeAtStep.get(i);
                    if (node != null && classic) {
                        if (si.enabled.contains(p)) {
                            node.backtrack.add(p);
                        } else {
                            node.backtrack.addAll(si.enabled);
                        }
                    } else if (node != null) {
                        addSource(node, steps, i, n, p, cp);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Source sets (Abdulla et al., "Optimal dynamic partial order reduction", POPL 2014): to reverse
     * the race between step {@code i} and thread {@code p}'s operation at state {@code n}, some thread
     * must go first at {@code i} that can start {@code v}, the steps between them that do not happen
     * after step {@code i}, followed by p's operation. Those threads are v's initials (their first step
     * in v waits for nothing else in v). One initial is enough, and none is needed when one is already
     * explored or scheduled there. Thread p itself is not always an initial: when a step of v must
     * precede p's operation (lastzero's reader reads a[3] only after writer 3 wrote it), running p first
     * at i would reach a different race, and with p asleep there (covered) nothing would reverse this one.
     */
    private static void addSource(Node node, List<Step> steps, int i, int n, int p, VectorClock cp) {
        Step e = steps.get(i);
        List<Step> v = new ArrayList<>();
        java.util.Set<Integer> started = new java.util.HashSet<>();
        java.util.Set<Integer> initials = new java.util.LinkedHashSet<>();
        for (int j = i + 1; j < n; j++) {
            Step sj = steps.get(j);
            if (sj.dep().get(e.thread) >= e.index) {
                continue; // happens after step i: stays after it
            }
            if (started.add(sj.thread) && !waitsFor(sj.dep(), sj.thread, v)) {
                initials.add(sj.thread);
            }
            v.add(sj);
        }
        if (!started.contains(p) && (cp == null || !waitsFor(cp, p, v))) {
            initials.add(p);
        }
        for (int q : initials) {
            if (node.backtrack.contains(q)) {
                return; // already explored or scheduled here
            }
        }
        for (int q : initials) {
            if (e.enabled.contains(q) && !node.sleep.containsKey(q)) {
                node.backtrack.add(q);
                return;
            }
        }
        if (initials.stream().noneMatch(e.enabled::contains)) {
            node.backtrack.addAll(e.enabled); // cannot tell who starts it: every thread (classic DPOR's fallback)
        }
        // else every initial that can run is asleep here: covered by the sibling it sleeps for
    }

    /** Whether a step with clock {@code c} of {@code thread} must come after some other thread's step in {@code v}. */
    private static boolean waitsFor(VectorClock c, int thread, List<Step> v) {
        for (Step k : v) {
            if (k.thread != thread && c.get(k.thread) >= k.index) {
                return true;
            }
        }
        return false;
    }
}
