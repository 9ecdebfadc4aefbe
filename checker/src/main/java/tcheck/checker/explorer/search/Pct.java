package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.Execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): threads get random distinct
 * priorities, the highest-priority enabled thread runs, and at {@code depth - 1} random steps the
 * running thread drops to a low priority. A bug of depth d is found with probability at least
 * 1/(n k^(d-1)) per execution, for n threads and k steps.
 */
public final class Pct implements Strategy {
    private final long seed;
    private final int executions;
    private final int depth;
    private int started;
    private int maxSteps = 50;
    private Random random;
    private final Map<Integer, Integer> priority = new HashMap<>();
    private int[] changePoints;
    private int lowered;

    public Pct(long seed, int executions, int depth) {
        this.seed = seed;
        this.executions = executions;
        this.depth = Math.max(1, depth);
    }

    @Override
    public boolean hasNext() {
        return started < executions;
    }

    @Override
    public void begin() {
        random = new Random(seed * 7_368_787L + started++);
        priority.clear();
        changePoints = new int[depth - 1];
        for (int i = 0; i < changePoints.length; i++) {
            changePoints[i] = 1 + random.nextInt(Math.max(1, maxSteps));
        }
        lowered = 0;
    }

    private int priorityOf(int thread) {
        // new threads get a random high priority (above every lowered one)
        return priority.computeIfAbsent(thread, t -> depth + random.nextInt(1_000_000));
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred,
                            java.util.Map<Integer, tcheck.checker.explorer.runtime.Op> pending) {
        for (int c : changePoints) {
            if (c == step && last >= 0) {
                priority.put(last, ++lowered); // below every initial priority
            }
        }
        int best = enabled.get(0);
        for (int t : enabled) {
            if (priorityOf(t) > priorityOf(best)) {
                best = t;
            }
        }
        return best;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        return waiters.get(random.nextInt(waiters.size()));
    }

    @Override
    public void end(Execution execution) {
        maxSteps = Math.max(maxSteps, execution.steps().size());
    }


    @Override
    public String name() {
        return "pct(seed " + seed + ", depth " + depth + ")";
    }
}
