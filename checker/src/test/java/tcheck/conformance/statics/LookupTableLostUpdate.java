package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads add a weight each, read from a lookup table (a {@code static final int[]} that nothing
 * writes after its initializer), to a plain field: one update can be lost (invariant), and the accesses
 * to the field race (data race). The table is no state; the field is the bug.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class LookupTableLostUpdate implements Runnable {
    private static final int[] WEIGHTS = {2, 3};
    private int total;

    @Override
    public void run() {
        Thread a = new Thread(() -> total += WEIGHTS[0], "A");
        Thread b = new Thread(() -> total += WEIGHTS[1], "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (total != WEIGHTS[0] + WEIGHTS[1]) {
            throw new AssertionError("total " + total);
        }
    }
}
