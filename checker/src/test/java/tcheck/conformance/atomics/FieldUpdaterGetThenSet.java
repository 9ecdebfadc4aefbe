package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * The lost update through an {@code AtomicIntegerFieldUpdater}: {@code set(this, get(this) + 1)}.
 * Both threads can read 0; a real JVM ends with 1: an invariant violation (the field is volatile,
 * so not a data race).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class FieldUpdaterGetThenSet implements Runnable {
    private static final AtomicIntegerFieldUpdater<FieldUpdaterGetThenSet> COUNT =
            AtomicIntegerFieldUpdater.newUpdater(FieldUpdaterGetThenSet.class, "count");
    private volatile int count;

    private void work(int me) {
        COUNT.set(this, COUNT.get(this) + 1);
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
            throw new AssertionError("count " + count + ": lost update");
        }
    }
}
