package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Thread J joins thread B, which blocks on a latch until main opens it; main interrupts J first.
 * {@code join()} throws {@code InterruptedException} (J stops waiting while B still runs), then
 * main opens the latch and joins both. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class InterruptWakesJoin implements Runnable {
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean caught;

    @Override
    public void run() {
        Thread blocked = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "B");
        blocked.start();
        Thread joiner = new Thread(() -> {
            try {
                blocked.join();
            } catch (InterruptedException e) {
                caught = true;
            }
        }, "J");
        joiner.start();
        joiner.interrupt();
        try {
            joiner.join();
            release.countDown();
            blocked.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!caught) {
            throw new AssertionError("join() returned although B was still blocked");
        }
    }
}
