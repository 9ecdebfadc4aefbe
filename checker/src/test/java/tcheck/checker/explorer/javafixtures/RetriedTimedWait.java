package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Main waits for a pool in a loop of timed waits (a timeout only means "wait again"), then checks what two
 * tasks on two workers did: the second read the value before the first wrote it.
 */
public class RetriedTimedWait implements Runnable {
    private volatile int config;
    private volatile int seen = -1;

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(() -> config = 7);
        pool.execute(() -> seen = config);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen != 7) {
            throw new AssertionError("the second task saw " + seen);
        }
    }
}
