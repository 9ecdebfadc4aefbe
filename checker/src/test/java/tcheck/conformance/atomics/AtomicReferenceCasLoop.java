package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicReference;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads append their id to an immutable string held in an {@code AtomicReference} with a
 * classic CAS retry loop. A failed {@code compareAndSet} means the other thread got in first, and
 * the loop retries with the fresh value, so both appends are kept on every JVM: correct, verified.
 */
@Expect(VERIFIED)
public class AtomicReferenceCasLoop implements Runnable {
    private final AtomicReference<String> ref = new AtomicReference<>("");

    private void work(int me) {
        while (true) {
            String old = ref.get();
            if (ref.compareAndSet(old, old + me)) {
                return;
            }
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
        String v = ref.get();
        if (!"01".equals(v) && !"10".equals(v)) {
            throw new AssertionError("value " + v);
        }
    }
}
