package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A task blocks on a latch; main shuts the pool down and calls {@code awaitTermination(20 ms)},
 * which must return false (the task is still running), then opens the latch and awaits again,
 * which must return true. Correct on every JVM: verified or bounded. A checker must let the first
 * timeout expire rather than report a deadlock.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class AwaitTerminationTimesOut implements Runnable {
    @Override
    public void run() {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        pool.shutdown();
        try {
            if (pool.awaitTermination(20, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("terminated while its task was blocked");
            }
            release.countDown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a timeout only means "not yet": a thread can be kept waiting for any time
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
