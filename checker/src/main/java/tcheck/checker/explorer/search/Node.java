package tcheck.checker.explorer.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tcheck.checker.explorer.runtime.Op;

/** One choice point on the current path of a depth-first search, with what is left to try there. */
final class Node {
    final int step;
    final boolean waiter;
    final List<Integer> options;
    final int last;
    /** Preemptions on the path before this choice. */
    final int preemptionsBefore;
    int chosen;
    final TreeSet<Integer> backtrack = new TreeSet<>();
    final TreeSet<Integer> done = new TreeSet<>();
    /** Pending operations of the live threads at this point (thread choices only). */
    Map<Integer, Op> pending = Map.of();
    /** Threads asleep here: running them first leads only to executions already covered. */
    final Map<Integer, Op> sleep = new LinkedHashMap<>();
    /**
     * The thread that goes round a fair cycle again here (the execution follows a lap it took
     * already, see the livelock watch), or -1: choosing it costs no preemption, the lap was paid for.
     */
    int free = -1;
    /** The path to this choice as a Mazurkiewicz trace (see {@code TraceKey}); unset at waiter choices. */
    boolean keyed;
    long keyA;
    long keyB;
    /**
     * Preemption-bounded search with covered points: the key the path would have with each untried
     * alternative's step taken here (see {@code Chooser}'s {@code keyIfChosen}); null where unknown.
     */
    Map<Integer, long[]> childKeys;

    Node(int step, boolean waiter, List<Integer> options, int last, int preemptionsBefore, int chosen) {
        this.step = step;
        this.waiter = waiter;
        this.options = options;
        this.last = last;
        this.preemptionsBefore = preemptionsBefore;
        this.chosen = chosen;
        backtrack.add(chosen);
        done.add(chosen);
    }

    /** Choosing {@code thread} here switches away from a thread that could have continued. */
    boolean preempts(int thread) {
        return !waiter && last >= 0 && thread != last && options.contains(last);
    }

    /** The preemptions choosing {@code thread} here adds: none for the next step of a cycle being followed ({@link #free}). */
    int cost(int thread) {
        return thread != free && preempts(thread) ? 1 : 0;
    }

    int preemptionsAfter() {
        return preemptionsBefore + cost(chosen);
    }

    Integer nextUntried() {
        for (Integer b : backtrack) {
            if (!done.contains(b) && !sleep.containsKey(b)) {
                return b;
            }
        }
        return null;
    }
}
