package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.Op;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution in lock step: the thread that has taken the fewest steps goes next (ties by thread
 * number), so threads running the same code stay in phase. That is the schedule that walks straight
 * into livelocks such as the generous philosophers' (all pick up, all fail, all put down, forever),
 * which depth-first searches reach only late.
 */
public final class LockStep implements Strategy {
    private boolean ran;
    private final Map<Integer, Integer> taken = new HashMap<>();

    @Override
    public boolean hasNext() {
        return !ran;
    }

    @Override
    public void begin() {
        ran = true;
        taken.clear();
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
        int best = enabled.get(0);
        for (int t : enabled) {
            if (taken.getOrDefault(t, 0) < taken.getOrDefault(best, 0)) {
                best = t;
            }
        }
        taken.merge(best, 1, Integer::sum);
        return best;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        return waiters.get(0);
    }



    @Override
    public String name() {
        return "lock-step";
    }
}
