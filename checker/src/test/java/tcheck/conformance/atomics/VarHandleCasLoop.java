package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * A CAS retry loop with a {@code VarHandle} on a plain {@code int} field, every access through the
 * handle ({@code getVolatile}, {@code compareAndSet}). Atomic with volatile semantics on every JVM:
 * both increments kept, no data race. Correct, verified.
 */
@Expect(VERIFIED)
public class VarHandleCasLoop implements Runnable {
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(VarHandleCasLoop.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private int count;

    private void work(int me) {
        int old;
        do {
            old = (int) COUNT.getVolatile(this);
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
        if ((int) COUNT.getVolatile(this) != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
