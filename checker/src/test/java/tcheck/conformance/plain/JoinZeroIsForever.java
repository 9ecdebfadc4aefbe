package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code join(0)} means wait forever, as {@code join()}. Main joins with {@code join(0)} a worker
 * that waits on a latch only main would open after the join: both wait forever on every JVM, a
 * deadlock (a checker that treats {@code join(long)} as timed calls it verified).
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class JoinZeroIsForever implements Runnable {
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "worker");
        worker.start();
        try {
            worker.join(0);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        release.countDown();
    }
}
