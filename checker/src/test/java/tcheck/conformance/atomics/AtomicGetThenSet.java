package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads "increment" an {@code AtomicInteger} with {@code set(get() + 1)}. Each call is
 * atomic, the pair is not: both read 0 and write 1. A real JVM loses the update: an invariant
 * violation (no data race: every access is atomic).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class AtomicGetThenSet implements Runnable {
    private final AtomicInteger count = new AtomicInteger();

    private void work(int me) {
        count.set(count.get() + 1);
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
        if (count.get() != 2) {
            throw new AssertionError("count " + count.get() + ": lost update");
        }
    }
}
