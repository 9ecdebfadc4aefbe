package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * The lost update with a {@code VarHandle}: {@code setVolatile(getVolatile() + 1)}. Every access is
 * volatile (no data race), but the read and the write are two steps: a real JVM loses an update, an
 * invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class VarHandleGetThenSet implements Runnable {
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(VarHandleGetThenSet.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private int count;

    private void work(int me) {
        COUNT.setVolatile(this, (int) COUNT.getVolatile(this) + 1);
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
            throw new AssertionError("count " + count + ": lost update");
        }
    }
}
