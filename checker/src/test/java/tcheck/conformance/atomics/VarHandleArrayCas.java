package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Both threads claim slot 0 of an {@code int[]} with {@code compareAndSet(array, 0, 0, me + 1)}
 * through an array-element {@code VarHandle}; exactly one CAS succeeds on every JVM, and the slot
 * holds the winner's mark. Correct, verified.
 */
@Expect(VERIFIED)
public class VarHandleArrayCas implements Runnable {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);
    private final int[] slots = new int[1];
    private final java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();

    private void work(int me) {
        if (SLOT.compareAndSet(slots, 0, 0, me + 1)) {
            wins.incrementAndGet();
        }
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
        int v = (int) SLOT.getVolatile(slots, 0);
        if (wins.get() != 1 || (v != 1 && v != 2)) {
            throw new AssertionError("wins " + wins.get() + ", slot " + v);
        }
    }
}
