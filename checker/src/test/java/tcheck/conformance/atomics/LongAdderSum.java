package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.LongAdder;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads {@code increment()} a {@code LongAdder} twice each; after the joins, {@code sum()} is
 * 4. The adder's cells are updated with CAS and striped by thread: the total is exact once the
 * updates are over, on every JVM. Correct: verified.
 */
@Expect(VERIFIED)
public class LongAdderSum implements Runnable {
    private final LongAdder adder = new LongAdder();

    @Override
    public void run() {
        Runnable twice = () -> {
            adder.increment();
            adder.increment();
        };
        Thread a = new Thread(twice, "A");
        Thread b = new Thread(twice, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (adder.sum() != 4) {
            throw new AssertionError("sum " + adder.sum());
        }
    }
}
