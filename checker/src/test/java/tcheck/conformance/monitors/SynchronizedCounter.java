package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads increment a plain field in a {@code synchronized} method of the same object. The
 * monitor gives mutual exclusion and happens-before from one exit to the next entry, so the count
 * is 2 with no data race on every JVM: the baseline every model checker must verify.
 */
@Expect(VERIFIED)
public class SynchronizedCounter implements Runnable {
    private int count;

    private synchronized void increment() {
        count++;
    }

    @Override
    public void run() {
        Thread a = new Thread(this::increment, "A");
        Thread b = new Thread(this::increment, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            if (count != 2) {
                throw new AssertionError("count " + count);
            }
        }
    }
}
