package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The worker counts the latch down BEFORE it writes its result; main awaits the latch and checks
 * the result. On a real JVM main can run between the countDown and the write and see 0 (the result
 * is volatile, so the only finding is the invariant violation).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class LatchCountDownTooEarly implements Runnable {
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile int result;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            done.countDown();
            result = 42;
        }, "worker");
        worker.start();
        try {
            done.await();
            if (result != 42) {
                throw new AssertionError("result " + result + ": counted down before it was written");
            }
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
