package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcheck.results.FailureKind;

/**
 * Finds non-progress cycles. When the visible state (shared values and memory, pending operations,
 * lock owners) repeats on one path and every thread that could run at some point in between took a
 * step in between (a fair cycle), the default policy follows that cycle again and again. If the execution then
 * reaches the step bound still going round, the tail is a cycle of steps that changes no shared
 * state: a livelock, reported with the cycle. A bound reached any other way is only a bound.
 */
final class LivelockWatch {
    private final Map<Long, List<Integer>> seen = new HashMap<>();
    private List<Integer> cycle;
    private int cycleStart;
    private int followedFrom;
    private int expected = -1;
    private final FairLaps laps = new FairLaps();
    private boolean revisited;

    /** The choice actually made; leaving the cycle ends following it. */
    void chosen(int thread) {
        if (cycle != null && thread != expected) {
            cycle = null;
        }
    }

    /** Whether the default choice just made ({@link #preferred}) is the next step of a fair cycle being followed. */
    boolean following() {
        return cycle != null;
    }

    /** Whether some state came back on this path (a fair cycle or not). */
    boolean revisited() {
        return revisited;
    }

    /** The default choice for the state before step {@code n + 1}. */
    int preferred(List<Step> steps, long hash, List<Integer> enabled, int last) {
        int n = steps.size();
        if (cycle != null) {
            int next = cycle.get((n - followedFrom) % cycle.size());
            if (enabled.contains(next)) {
                expected = next;
                return next;
            }
            cycle = null; // the cycle broke: something else happened
        }
        // the latest earlier visit that closes a fair cycle: the shortest lap (a longer one only adds turns
        // taken alone, which belong to the prefix)
        List<Integer> visits = seen.computeIfAbsent(hash, h -> new ArrayList<>());
        for (int i = laps.steps(); i < n; i++) {
            laps.add(steps.get(i).enabled, steps.get(i).thread);
        }
        revisited |= !visits.isEmpty();
        Integer earlier = visits.isEmpty() ? null : laps.latestFairStart(visits);
        visits.add(n);
        if (cycle == null && earlier != null) {
            cycle = new ArrayList<>();
            for (int i = earlier; i < n; i++) {
                cycle.add(steps.get(i).thread);
            }
            cycleStart = earlier;
            followedFrom = n;
            if (enabled.contains(cycle.get(0))) {
                expected = cycle.get(0);
                return expected;
            }
            cycle = null;
        }
        return enabled.contains(last) ? last : enabled.get(0);
    }

    /** At the step bound: the livelock, if the execution has been going round a cycle. */
    Failure atBound(List<Step> steps, ObjectNames names) {
        if (cycle == null) {
            return null;
        }
        int len = cycle.size();
        if (steps.size() - followedFrom < len) {
            return null; // closed just before the bound: not yet gone round once more, no evidence it repeats
        }
        for (int k = followedFrom; k < steps.size(); k++) {
            if (steps.get(k).stateHash != steps.get(k - len).stateHash) {
                return null; // not periodic after all
            }
        }
        int start = cycleStart + 1; // 1-based first step of the cycle
        Set<String> who = new LinkedHashSet<>();
        List<String> actions = new ArrayList<>();
        for (int i = cycleStart; i < cycleStart + len; i++) {
            who.add(steps.get(i).threadName);
            actions.add(steps.get(i).threadName + ": " + steps.get(i).action);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cycleStart", start);
        details.put("cycleLength", len);
        details.put("cycleThreads", List.copyOf(who));
        details.put("cycle", actions);
        details.put("repetitions", (steps.size() - cycleStart) / len);
        details.put("shownSteps", Math.min(steps.size(), cycleStart + len)); // the prefix and one lap: the rest repeats it
        return new Failure(FailureKind.LIVELOCK, "livelock: " + String.join(", ", who) + " repeat a cycle of " + len
                + " steps (steps " + start + ".." + (start + len - 1) + ") that changes no shared state; "
                + "followed " + details.get("repetitions") + " times up to the step bound of " + steps.size(),
                start, details);
    }
}
