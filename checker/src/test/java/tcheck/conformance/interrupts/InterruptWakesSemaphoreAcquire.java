package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread blocks in {@code acquire()} on a {@code Semaphore(0)} nobody releases; main interrupts
 * it. {@code acquire()} throws {@code InterruptedException} (before or during the wait) and no
 * permit is taken. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class InterruptWakesSemaphoreAcquire implements Runnable {
    private final Semaphore sem = new Semaphore(0);
    private volatile boolean caught;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                sem.acquire();
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
        if (!caught || sem.availablePermits() != 0) {
            throw new AssertionError("caught " + caught + ", permits " + sem.availablePermits());
        }
    }
}
