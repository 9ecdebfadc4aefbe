package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Main interrupts a thread before starting it: the thread's interrupt status is set, and the thread
 * sees it once it runs (JDK 17 and 25 alike). Correct, verified: an interrupt sent before the start
 * is not lost.
 */
@Expect(VERIFIED)
public class InterruptBeforeStart implements Runnable {
    @Override
    public void run() {
        boolean[] seen = new boolean[1];
        Thread t = new Thread(() -> seen[0] = Thread.currentThread().isInterrupted(), "T");
        t.interrupt();
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!seen[0]) {
            throw new AssertionError("the interrupt sent before the start was lost");
        }
    }
}
