package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads do {@code count++} on a {@code volatile} field. Volatile makes each read and each
 * write visible, not the read-add-write atomic: a real JVM loses an update. Not a data race (every
 * access is volatile), so the finding must be the invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class VolatileIncrement implements Runnable {
    private volatile int count;

    @Override
    public void run() {
        Thread a = new Thread(() -> count++, "A");
        Thread b = new Thread(() -> count++, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count + ": volatile ++ is not atomic");
        }
    }
}
