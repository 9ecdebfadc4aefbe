package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A consumer task blocks in {@code take()} on an empty queue; once it is running, main calls
 * {@code shutdownNow()}, which interrupts the pool's workers: take() throws
 * {@code InterruptedException}, the task ends, and the pool terminates. Correct on every JVM:
 * verified or bounded.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class ShutdownNowInterruptsWorkers implements Runnable {
    private final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean stopped;

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        pool.execute(() -> {
            started.countDown();
            try {
                queue.take();
            } catch (InterruptedException e) {
                stopped = true;
            }
        });
        try {
            started.await();
            pool.shutdownNow();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!stopped) {
            throw new AssertionError("take() was not interrupted by shutdownNow()");
        }
    }
}
