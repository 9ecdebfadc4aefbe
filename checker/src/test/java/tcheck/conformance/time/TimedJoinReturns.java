package tcheck.conformance.time;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Main joins a blocked thread with {@code join(20)}: the thread cannot end before main opens the
 * latch, so the timed join returns with the thread still alive; then main opens the latch and
 * joins for good. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class TimedJoinReturns implements Runnable {
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "T");
        t.start();
        try {
            t.join(20);
            if (!t.isAlive()) {
                throw new AssertionError("the thread ended before its latch was opened");
            }
            release.countDown();
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
