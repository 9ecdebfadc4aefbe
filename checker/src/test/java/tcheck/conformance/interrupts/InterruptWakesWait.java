package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread waits on a monitor in a loop for a flag nobody sets; main interrupts it. Whether the
 * interrupt comes before the wait (the wait throws at once) or during it (the thread wakes,
 * re-acquires the monitor and throws), {@code wait()} ends with {@code InterruptedException}, which
 * clears the flag. The thread records both; correct on every JVM, verified.
 */
@Expect(VERIFIED)
public class InterruptWakesWait implements Runnable {
    private final Object m = new Object();
    private boolean never;
    private volatile boolean caught;
    private volatile boolean flagAfter = true;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            synchronized (m) {
                try {
                    while (!never) {
                        m.wait();
                    }
                } catch (InterruptedException e) {
                    caught = true;
                    flagAfter = Thread.currentThread().isInterrupted();
                }
            }
        }, "T");
        t.start();
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!caught || flagAfter) {
            throw new AssertionError("caught " + caught + ", interrupt flag after the exception " + flagAfter);
        }
    }
}
