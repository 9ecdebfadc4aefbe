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
 * the default policy and is abandoned as soon as it reaches a state already known, whose ways on are
 * queued already. When nothing is queued every enabled thread of every reachable state has been taken
 * once: the graph is complete, and questions about all schedules, infinite ones included (the cheapest
 * fair cycle, see {@link CheapestLasso}), are answered on it exactly.
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
        final int[] path;

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

    private record Branch(long from, int thread) {
    }

    /** A graph given whole, as if mapped (tests of what is computed on graphs). */
    static StateGraph given(long initial, Map<Long, List<Integer>> enabled, Map<Long, Map<Integer, Long>> next) {
        StateGraph g = new StateGraph();
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
    private final Deque<Branch> todo = new ArrayDeque<>();
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
        return incomplete == null && (!started || !todo.isEmpty());
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
        Branch b = todo.pop();
        path = states.get(b.from).path;
        branchThread = b.thread;
        branchFrom = b.from;
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
            if (states.containsKey(stateHash)) {
                return -1; // known: its ways on are queued or taken
            }
            if (step == 0) {
                initial = stateHash;
            }
            states.put(stateHash, new State(enabled, taken.stream().mapToInt(Integer::intValue).toArray()));
            choice = enabled.contains(preferred) ? preferred : enabled.get(0);
            for (int t : enabled) {
                if (t != choice) {
                    todo.push(new Branch(stateHash, t));
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
        if (incomplete != null || previousThread < 0) {
            return;
        }
        if (execution.boundReached()) {
            incomplete = "an execution reached the step bound without coming back to a known state";
        } else if (!execution.redundant()) {
            states.get(previous).next.putIfAbsent(previousThread, END); // the last step ended the execution
        }
    }

    @Override
    public boolean exhausted() {
        return incomplete == null && started && todo.isEmpty();
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
