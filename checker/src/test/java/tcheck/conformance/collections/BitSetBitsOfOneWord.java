package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.BitSet;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads set different bits of one {@code BitSet}, bits 0 and 1, which live in the same
 * {@code long} word: each {@code set} reads the word, sets its bit and writes the word back, so one
 * thread's write can undo the other's. Different bits are no protection; a {@code BitSet} is not
 * thread-safe. A real JVM loses a bit now and then; the finding is the data race on the set (or the
 * lost bit itself).
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "invariant"})
public class BitSetBitsOfOneWord implements Runnable {
    private final BitSet bits = new BitSet(64);

    @Override
    public void run() {
        Thread a = new Thread(() -> bits.set(0), "A");
        Thread b = new Thread(() -> bits.set(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (bits.cardinality() != 2) {
            throw new AssertionError("bits " + bits);
        }
    }
}
