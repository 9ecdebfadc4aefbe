package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread interrupts itself and then calls {@code sleep}, {@code wait} and {@code Thread.interrupted()}
 * in turn. With the flag set, {@code sleep} throws at once and clears it; after re-setting it,
 * {@code wait} throws at once too; {@code interrupted()} returns true and clears, then false.
 * Deterministic on every JVM: verified (and not a deadlock: the wait never blocks).
 */
@Expect(VERIFIED)
public class InterruptBeforeSleep implements Runnable {
    private final Object m = new Object();
    private volatile String problem;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            Thread me = Thread.currentThread();
            me.interrupt();
            try {
                Thread.sleep(10_000);
                problem = "sleep did not throw";
                return;
            } catch (InterruptedException expected) {
                if (me.isInterrupted()) {
                    problem = "sleep's exception did not clear the flag";
                    return;
                }
            }
            me.interrupt();
            synchronized (m) {
                try {
                    m.wait();
                    problem = "wait did not throw";
                    return;
                } catch (InterruptedException expected) {
                    // as specified
                }
            }
            me.interrupt();
            if (!Thread.interrupted() || Thread.interrupted()) {
                problem = "interrupted() is not exact";
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }
}
