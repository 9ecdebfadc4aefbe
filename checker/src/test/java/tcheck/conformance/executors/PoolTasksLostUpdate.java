package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two tasks on a fixed pool of 2 threads do {@code count++} on a plain field; main shuts the pool
 * down, awaits termination and checks the count. The two workers run the increments concurrently:
 * a real JVM loses one (invariant), and they race (data race). Either finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class PoolTasksLostUpdate implements Runnable {
    private int count;

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(() -> count++);
        pool.execute(() -> count++);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
