package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A {@code CountDownLatch(3)} but only two workers count down: the count stays at 1 and main's
 * {@code await()} blocks forever on every JVM: a deadlock (main waits on the latch).
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class LatchNeverReachesZero implements Runnable {
    private final CountDownLatch done = new CountDownLatch(3);

    @Override
    public void run() {
        for (int i = 0; i < 2; i++) {
            new Thread(done::countDown, "W" + i).start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
