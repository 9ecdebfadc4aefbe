package tcheck.checker.explorer.jdkfixtures;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two tasks on a pool of two threads, then shutdown and awaitTermination in a loop (a timeout may
 * end a wait at any point, as on a loaded machine: it only means "not yet"): both increments are seen.
 */
public class ExecutorCounts implements Runnable {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(count::incrementAndGet);
        pool.execute(count::incrementAndGet);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                Thread.onSpinWait(); // not yet: wait again
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count.get() != 2) {
            throw new AssertionError("count " + count.get());
        }
    }
}
