package tcheck.checker.explorer.search;


import java.util.List;
import java.util.Random;

/** Uniformly random schedules from a seed: execution k always makes the same choices for the same seed. */
public final class RandomWalk implements Strategy {
    private final long seed;
    private final int executions;
    private int started;
    private Random random;

    public RandomWalk(long seed, int executions) {
        this.seed = seed;
        this.executions = executions;
    }

    @Override
    public boolean hasNext() {
        return started < executions;
    }

    @Override
    public void begin() {
        random = new Random(seed * 1_000_003L + started++);
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred,
                            java.util.Map<Integer, tcheck.checker.explorer.runtime.Op> pending) {
        return enabled.get(random.nextInt(enabled.size()));
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        return waiters.get(random.nextInt(waiters.size()));
    }



    @Override
    public String name() {
        return "random(seed " + seed + ")";
    }
}
