package tcheck.checker.explorer.jdkfixtures;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Two tasks on a pool of two threads, then shutdown and awaitTermination: both increments are seen. */
public class ExecutorCounts implements Runnable {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(count::incrementAndGet);
        pool.execute(count::incrementAndGet);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new AssertionError("pool did not terminate");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count.get() != 2) {
            throw new AssertionError("count " + count.get());
        }
    }
}
