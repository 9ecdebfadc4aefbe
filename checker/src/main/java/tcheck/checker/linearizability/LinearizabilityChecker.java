package tcheck.checker.linearizability;

import tcheck.specs.Outputs;
import tcheck.specs.SequentialSpec;
import tcheck.specs.Transition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a history is linearizable with respect to a sequential spec: the Wing and Gong
 * search as improved by Lowe ("Testing for linearizability", 2017), the shape porcupine uses.
 *
 * <p>The history becomes one list of call and return events in real-time order. The search walks
 * the list from the front: at a call it tries to linearize that operation now (the spec must accept
 * its observed output in the current state); if so, both events leave the list and the walk
 * restarts. Reaching a return means the operation that returned could not be placed before its own
 * response, so the search backtracks to the last choice. Memoizing every (set of linearized
 * operations, spec state) pair already reached cuts the search: two different orders that
 * linearize the same operations into the same state have the same future. That is what keeps
 * histories of hundreds of operations fast.
 *
 * <p>Pending operations (invoked, never returned) may be linearized anywhere after their call, with
 * whatever output the spec gives, or left out; the history is linearizable once every completed
 * operation is placed.
 */
public final class LinearizabilityChecker {
    /** Search steps allowed before giving up with {@link LinearizabilityResult.Verdict#UNKNOWN}: a few seconds at most. */
    public static final long DEFAULT_MAX_STEPS = 1_000_000;

    private LinearizabilityChecker() {
    }

    public static <S> LinearizabilityResult check(SequentialSpec<S> spec, History history) {
        return check(spec, history, DEFAULT_MAX_STEPS);
    }

    public static <S> LinearizabilityResult check(SequentialSpec<S> spec, History history, long maxSteps) {
        return new Search<>(spec, history, maxSteps).run();
    }

    /** A call or return in the doubly linked event list; a call points at its return. */
    private static final class Entry {
        final int id; // position of the operation in history.operations(): its bit in the linearized set
        final OperationRecord op;
        final boolean isCall;
        Entry match;
        Entry prev;
        Entry next;

        Entry(int id, OperationRecord op, boolean isCall) {
            this.id = id;
            this.op = op;
            this.isCall = isCall;
        }
    }

    /** A choice made: this call was linearized when the spec was in {@code stateBefore}. */
    private record Frame<S>(Entry call, S stateBefore, S stateAfter) {
    }

    /** What the memo remembers: these operations linearized, reaching this state. */
    private record Memo(BitSet linearized, Object state) {
    }

    private static final class Search<S> {
        private final SequentialSpec<S> spec;
        private final History history;
        private final long maxSteps;
        private final Entry head = new Entry(-1, null, false);
        private final Set<Memo> seen = new HashSet<>();
        private final Deque<Frame<S>> frames = new ArrayDeque<>();
        private final BitSet linearized = new BitSet();
        private long steps;
        private long cacheHits;
        private List<LinearizedStep> longest = List.of();
        private OperationRecord stuck;
        private S stuckState;

        Search(SequentialSpec<S> spec, History history, long maxSteps) {
            this.spec = spec;
            this.history = history;
            this.maxSteps = maxSteps;
            link();
        }

        /** Builds the event list: calls and returns by position, pending returns after everything. */
        private void link() {
            List<OperationRecord> ops = history.operations();
            List<Entry> events = new ArrayList<>(2 * ops.size());
            for (int i = 0; i < ops.size(); i++) {
                Entry call = new Entry(i, ops.get(i), true);
                Entry ret = new Entry(i, ops.get(i), false);
                call.match = ret;
                events.add(call);
                events.add(ret);
            }
            events.sort((a, b) -> Long.compare(position(a), position(b)));
            Entry last = head;
            for (Entry e : events) {
                last.next = e;
                e.prev = last;
                last = e;
            }
        }

        private static long position(Entry e) {
            return e.isCall ? e.op.invocation() : e.op.responseOrInfinity();
        }

        LinearizabilityResult run() {
            long start = System.nanoTime();
            S state = spec.init();
            int unplacedCompleted = history.completedCount();
            Entry entry = head.next;
            while (unplacedCompleted > 0) {
                if (++steps > maxSteps) {
                    return result(LinearizabilityResult.Verdict.UNKNOWN, longest, start);
                }
                if (entry.isCall) {
                    Optional<S> next = tryStep(state, entry.op);
                    if (next.isPresent()) {
                        linearized.set(entry.id);
                        if (seen.add(new Memo((BitSet) linearized.clone(), next.get()))) {
                            frames.push(new Frame<>(entry, state, next.get()));
                            state = next.get();
                            lift(entry);
                            if (!entry.op.pending()) {
                                unplacedCompleted--;
                            }
                            entry = head.next;
                            continue;
                        }
                        cacheHits++; // this set of operations already reached this state: same future
                        linearized.clear(entry.id);
                    }
                    entry = entry.next;
                } else {
                    // entry.op returned, yet no order tried so far could place it before its return.
                    rememberIfLongest(entry.op, state);
                    if (frames.isEmpty()) {
                        return result(LinearizabilityResult.Verdict.NOT_LINEARIZABLE, longest, start);
                    }
                    Frame<S> undo = frames.pop();
                    state = undo.stateBefore();
                    linearized.clear(undo.call().id);
                    unlift(undo.call());
                    if (!undo.call().op.pending()) {
                        unplacedCompleted++;
                    }
                    entry = undo.call().next;
                }
            }
            return result(LinearizabilityResult.Verdict.LINEARIZABLE, placed(), start);
        }

        /** The spec's step; a pending operation takes whatever output the spec gives it. */
        private Optional<S> tryStep(S state, OperationRecord op) {
            if (op.pending()) {
                return spec.apply(state, op.name(), op.args()).map(Transition::next);
            }
            return spec.step(state, op.name(), op.args(), op.result());
        }

        private void rememberIfLongest(OperationRecord blocked, S state) {
            if (stuck == null || frames.size() > longest.size()) {
                longest = placed();
                stuck = blocked;
                stuckState = state;
            }
        }

        /** The current partial linearization, first operation first. */
        private List<LinearizedStep> placed() {
            List<LinearizedStep> out = new ArrayList<>(frames.size());
            frames.descendingIterator().forEachRemaining(f -> out.add(new LinearizedStep(f.call().op, f.stateAfter())));
            return out;
        }

        private LinearizabilityResult result(LinearizabilityResult.Verdict verdict, List<LinearizedStep> order, long start) {
            boolean failed = verdict == LinearizabilityResult.Verdict.NOT_LINEARIZABLE; // UNKNOWN blames no operation
            return new LinearizabilityResult(verdict, spec.name(), history, order,
                    failed ? stuck : null, failed && stuck != null ? whyStuck() : null,
                    steps, cacheHits, System.nanoTime() - start);
        }

        /** In words, why the stuck operation could not come next after the longest prefix. */
        private String whyStuck() {
            Optional<Transition<S>> t = spec.apply(stuckState, stuck.name(), stuck.args());
            String did = stuck.thread() + " " + stuck.call() + (stuck.pending() ? " (pending)" : " returned " + stuck.shownResult());
            if (t.isEmpty()) {
                return did + ", but it is not enabled in state " + stuckState + " (it would still be waiting)";
            }
            if (!stuck.pending() && !Outputs.same(t.get().output(), stuck.result()) || stuck.result() instanceof Throwable) {
                return did + ", but in state " + stuckState + " the spec returns " + Outputs.show(t.get().output());
            }
            return did + ", which fits state " + stuckState + ", but every way to go on from there was already ruled out";
        }

        /** Takes a call and its return out of the list (Knuth's dancing links: reversible). */
        private static void lift(Entry call) {
            call.prev.next = call.next;
            if (call.next != null) {
                call.next.prev = call.prev;
            }
            Entry ret = call.match;
            ret.prev.next = ret.next;
            if (ret.next != null) {
                ret.next.prev = ret.prev;
            }
        }

        private static void unlift(Entry call) {
            Entry ret = call.match;
            ret.prev.next = ret;
            if (ret.next != null) {
                ret.next.prev = ret;
            }
            call.prev.next = call;
            if (call.next != null) {
                call.next.prev = call;
            }
        }
    }
}
