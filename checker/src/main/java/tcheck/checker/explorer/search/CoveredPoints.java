package tcheck.checker.explorer.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The choice points a preemption-bounded search has explored in full, by the trace of the path to
 * them ({@code TraceKey}: the same key, the same state), the thread that ran last, and the most
 * preemptions left to spend below them. A point met again is covered when one explored in full had
 * as much budget left with the same thread last, or one more whoever ran last: which thread ran last
 * changes only what the first choice from there costs (a switch away from it), by one preemption
 * at most. Searches with growing bounds may share one: a point explored in full under a smaller
 * bound had what budget it had.
 */
public final class CoveredPoints {
    private record Point(long a, long b, int last) {
    }

    private final Map<Point, Integer> sameLast = new HashMap<>();
    private final Map<Point, Integer> anyLast = new HashMap<>();
    private boolean cycles;
    private boolean revisits;

    /**
     * An execution followed a fair cycle: its laps cost no preemption, and whether a path meets a cycle
     * depends on the path, not only on the state it reached. From here on nothing counts as covered.
     */
    void cycleFollowed() {
        cycles = true;
    }

    /** Whether an execution of a search sharing these points has followed a fair cycle. */
    boolean anyCycleFollowed() {
        return cycles;
    }

    /**
     * An execution's visible state came back to one it had been in. A fair cycle is seen when that
     * happens, and it depends on the path: from here on an alternative is not skipped unrun (see
     * {@link #coversChild}), it runs, so that the livelock watch can see it.
     */
    void revisitSeen() {
        revisits = true;
    }

    /**
     * Whether the point an alternative leads to, one step below a choice point, is covered: then it need
     * not run at all, where it would be abandoned at its first choice. Never once a state came back on
     * some path (see {@link #revisitSeen()}): whether the livelock watch sees a cycle there depends on the
     * path to it, and the watch speaks before a covered point is abandoned.
     */
    boolean coversChild(long a, long b, int last, int left) {
        return !revisits && covers(a, b, last, left);
    }

    /** Whether everything below a point reached with {@code left} preemptions to spend was explored already. */
    boolean covers(long a, long b, int last, int left) {
        if (cycles) {
            return false;
        }
        Integer same = sameLast.get(new Point(a, b, last));
        if (same != null && same >= left) {
            return true;
        }
        Integer any = anyLast.get(new Point(a, b, -1));
        return any != null && any >= left + 1;
    }

    /** A point explored in full with {@code left} preemptions to spend below it. */
    void add(long a, long b, int last, int left) {
        sameLast.merge(new Point(a, b, last), left, Math::max);
        anyLast.merge(new Point(a, b, -1), left, Math::max);
    }
}
