package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * A CAS retry loop through an {@code AtomicIntegerFieldUpdater} on a {@code volatile int} field of
 * this object. Atomic on every JVM, both increments are kept, and the volatile field is not a data
 * race: correct, verified.
 */
@Expect(VERIFIED)
public class FieldUpdaterCasLoop implements Runnable {
    private static final AtomicIntegerFieldUpdater<FieldUpdaterCasLoop> COUNT =
            AtomicIntegerFieldUpdater.newUpdater(FieldUpdaterCasLoop.class, "count");
    private volatile int count;

    private void work(int me) {
        int old;
        do {
            old = COUNT.get(this);
        } while (!COUNT.compareAndSet(this, old, old + 1));
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> work(0), "A");
        Thread b = new Thread(() -> work(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
