package tcheck.checker.explorer.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Op;

/**
 * Maps the program's reachable states, as the livelock watch tells them apart (shared values,
 * pending operations, lock owners and waiters): a search that keeps states instead of paths. Each
 * execution replays the path to a state and takes one thread not yet taken there, then runs on with
 * the default policy. Reaching a state already known, it takes there a thread not yet taken, if any,
 * rather than replay the path to that state in another execution later (replaying paths is most of
 * what a map costs); it is abandoned at a known state with every thread taken, or past half the step
 * bound, where a long run risks the bound. When nothing is queued every enabled thread of every
 * reachable state has been taken once: the graph is complete, and questions about all schedules,
 * infinite ones included (the cheapest fair cycle, see {@link CheapestLasso}), are answered on it
 * exactly. The states with threads to take are queued first in, first out, so that the known
 * states an execution meets mostly still have threads to take; a state's path gives way to a
 * shorter one seen while it has some, so that replaying it costs less.
 *
 * <p>States are fingerprints: what a thread keeps to itself (its locals) is seen only through its
 * pending operation, so two states alike but for locals are one node. The graph is therefore exact
 * for the states the fingerprint tells apart, and what is found on it is replayed to be confirmed.
 * A notify that could wake one of several waiters is a choice this map does not branch on: the graph
 * is then {@link #incomplete()}.
 */
public final class StateGraph implements Strategy {
    /** A successor of a step that ended the execution (all done, deadlock, a failure): no way on. */
    public static final long END = Long.MIN_VALUE;

    /** One reachable state: the threads enabled there, the state each leads to, and a path from the start. */
    public static final class State {
        final List<Integer> enabled;
        final Map<Integer, Long> next = new LinkedHashMap<>();
        /** The threads queued to be taken here and not taken yet. */
        final List<Integer> open = new ArrayList<>(2);
        int[] path;

        State(List<Integer> enabled, int[] path) {
            this.enabled = enabled;
            this.path = path;
        }

        public List<Integer> enabled() {
            return enabled;
        }

        /** The state thread {@code t} leads to, {@link #END}, or null if not explored. */
        public Long next(int t) {
            return next.get(t);
        }
    }

    /** @param maxSteps the step bound of an execution: an execution takes known states' open threads up to half of it */
    public StateGraph(int maxSteps) {
        goOnUntil = maxSteps / 2;
    }

    /** A graph given whole, as if mapped (tests of what is computed on graphs). */
    static StateGraph given(long initial, Map<Long, List<Integer>> enabled, Map<Long, Map<Integer, Long>> next) {
        StateGraph g = new StateGraph(0);
        g.started = true;
        g.initial = initial;
        enabled.forEach((h, e) -> {
            State s = new State(e, new int[0]);
            s.next.putAll(next.getOrDefault(h, Map.of()));
            g.states.put(h, s);
        });
        return g;
    }

    private final Map<Long, State> states = new LinkedHashMap<>();
    /** The states with threads still to take, first in, first out (a state whose threads were all taken since is dropped). */
    private final Deque<Long> todo = new ArrayDeque<>();
    private final int goOnUntil;
    private long initial;
    private boolean started;
    private String incomplete;

    // the execution running now
    private int[] path = new int[0];
    private int branchThread = -1;
    private long branchFrom;
    private final List<Integer> taken = new ArrayList<>();
    private long previous;
    private int previousThread = -1;

    @Override
    public boolean hasNext() {
        return incomplete == null && (!started || hasOpenBranch());
    }

    /** Whether a queued state still has a thread to take, dropping those whose threads were all taken since. */
    private boolean hasOpenBranch() {
        while (!todo.isEmpty() && states.get(todo.peek()).open.isEmpty()) {
            todo.pop();
        }
        return !todo.isEmpty();
    }

    @Override
    public void begin() {
        taken.clear();
        previousThread = -1;
        if (!started) {
            started = true;
            path = new int[0];
            branchThread = -1;
            return;
        }
        branchFrom = todo.peek();
        State from = states.get(branchFrom);
        branchThread = from.open.remove(0);
        path = from.path;
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
        throw new IllegalStateException("the state graph needs each state's fingerprint");
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending,
                            boolean followsCycle, long stateHash) {
        if (previousThread >= 0) {
            State from = states.get(previous);
            Long before = from.next.putIfAbsent(previousThread, stateHash);
            if (before != null && before != stateHash) {
                incomplete = "the same step from the same state led to different states: the fingerprint misses something that decides";
                return -1;
            }
        }
        int choice;
        if (step < path.length) {
            choice = path[step];
        } else if (step == path.length && branchThread >= 0) {
            choice = branchThread;
            State here = states.get(stateHash);
            if (stateHash != branchFrom || !here.enabled.equals(enabled)) {
                incomplete = "replaying the path to a state did not come back to it: the program is not deterministic under control";
                return -1;
            }
        } else {
            State known = states.get(stateHash);
            if (known != null) {
                if (known.open.isEmpty() || step >= goOnUntil || !known.enabled.equals(enabled)) {
                    // its ways on are taken, or left to an execution of their own that replays its path
                    // (also when the threads that can run differ: a state alike but for what the threads keep
                    // to themselves, which its fingerprint does not see; its own path is what was mapped)
                    return -1;
                }
                if (step < known.path.length) {
                    known.path = takenSoFar();
                }
                choice = known.open.remove(known.open.size() - 1);
            } else {
                if (step == 0) {
                    initial = stateHash;
                }
                State s = new State(enabled, takenSoFar());
                states.put(stateHash, s);
                choice = enabled.contains(preferred) ? preferred : enabled.get(0);
                for (int t : enabled) {
                    if (t != choice) {
                        s.open.add(t);
                    }
                }
                if (!s.open.isEmpty()) {
                    todo.addLast(stateHash);
                }
            }
        }
        if (!enabled.contains(choice)) {
            incomplete = "replaying the path to a state chose a thread that could not run: the program is not deterministic under control";
            return -1;
        }
        taken.add(choice); // every step comes here, so taken.get(i) is step i's thread
        previous = stateHash;
        previousThread = choice;
        return choice;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        if (waiters.size() > 1) {
            incomplete = "a notify or signal with several waiters to choose from: the state graph does not branch on it";
        }
        return waiters.get(0);
    }

    @Override
    public void end(Execution execution) {
        end(execution.boundReached(), execution.redundant());
    }

    /** The end of an execution cut at the step bound, or abandoned by this map at a known state ({@code redundant}), or neither. */
    void end(boolean boundReached, boolean redundant) {
        if (incomplete != null || previousThread < 0) {
            return;
        }
        if (boundReached) {
            incomplete = "an execution reached the step bound without coming back to a known state";
        } else if (!redundant) {
            states.get(previous).next.putIfAbsent(previousThread, END); // the last step ended the execution
        }
    }

    @Override
    public boolean exhausted() {
        return incomplete == null && started && !hasOpenBranch();
    }

    private int[] takenSoFar() {
        int[] p = new int[taken.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = taken.get(i);
        }
        return p;
    }

    /** Why the graph cannot be complete, or null. */
    public String incomplete() {
        return incomplete;
    }

    public long initial() {
        return initial;
    }

    public Map<Long, State> states() {
        return states;
    }

    @Override
    public String name() {
        return "state graph";
    }
}
