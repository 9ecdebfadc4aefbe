package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread waits with a timeout, {@code wait(20)}, for a notification nobody sends, then sets a
 * flag. A timed wait returns once its time is up, so the thread ends and main joins it: not a
 * deadlock on any JVM. Correct, verified.
 */
@Expect(VERIFIED)
public class TimedWaitReturns implements Runnable {
    private final Object m = new Object();
    private boolean returned;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            synchronized (m) {
                try {
                    m.wait(20);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                returned = true;
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!returned) {
            throw new AssertionError("wait(20) did not return");
        }
    }
}
