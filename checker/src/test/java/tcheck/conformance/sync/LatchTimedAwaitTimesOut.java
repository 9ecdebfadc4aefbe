package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Main awaits a latch with a timeout while the only worker counts it down only after main's timed
 * await has returned (it waits for a second latch that main opens afterwards). So
 * {@code await(20 ms)} must return false; then main releases the worker and joins. Correct on
 * every JVM: verified.
 */
@Expect(VERIFIED)
public class LatchTimedAwaitTimesOut implements Runnable {
    private final CountDownLatch late = new CountDownLatch(1);
    private final CountDownLatch go = new CountDownLatch(1);

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            late.countDown();
        }, "worker");
        worker.start();
        try {
            boolean opened = late.await(20, TimeUnit.MILLISECONDS);
            if (opened) {
                throw new AssertionError("the latch opened before anybody counted it down");
            }
            go.countDown();
            worker.join();
            if (!late.await(0, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the latch is still closed after the worker ended");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
