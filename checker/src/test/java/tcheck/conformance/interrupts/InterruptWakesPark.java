package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread parks in a loop until it is interrupted. An interrupt makes {@code park()} return (or
 * not block at all if it came first), and unlike the blocking methods it leaves the flag SET. The
 * thread checks the flag stays set. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class InterruptWakesPark implements Runnable {
    private volatile boolean flagKept;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.park();
            }
            flagKept = Thread.currentThread().isInterrupted();
        }, "T");
        t.start();
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!flagKept) {
            throw new AssertionError("the interrupt flag was cleared by park()");
        }
    }
}
