package tcheck.conformance.time;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A watchdog: main gives a worker "plenty of time", {@code await(500 ms)}, and treats a timeout as
 * the worker having failed. On a real JVM the worker may simply not have been scheduled for 500 ms
 * (a loaded machine, a long GC), so the timed await can return false although nothing went wrong:
 * the assertion fails (invariant). Timeouts may expire wherever the JVM allows; a checker that
 * only lets them expire when every thread is blocked misses this.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class LatchTimeoutAssumedLongEnough implements Runnable {
    private final CountDownLatch done = new CountDownLatch(1);

    @Override
    public void run() {
        Thread worker = new Thread(done::countDown, "worker");
        worker.start();
        try {
            if (!done.await(500, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the worker took longer than 500 ms: assumed to have failed");
            }
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
