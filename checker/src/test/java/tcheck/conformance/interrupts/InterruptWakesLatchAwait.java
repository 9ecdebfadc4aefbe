package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread awaits a latch nobody counts down; main interrupts it. {@code await()} throws
 * {@code InterruptedException} whether the interrupt came before or during the wait. Correct on
 * every JVM: verified.
 */
@Expect(VERIFIED)
public class InterruptWakesLatchAwait implements Runnable {
    private final CountDownLatch never = new CountDownLatch(1);
    private volatile boolean caught;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                caught = true;
            }
        }, "T");
        t.start();
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!caught) {
            throw new AssertionError("latch await returned without the count reaching zero");
        }
    }
}
