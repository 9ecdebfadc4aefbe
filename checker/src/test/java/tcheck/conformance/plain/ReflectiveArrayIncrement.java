package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import java.lang.reflect.Array;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads increment one array element through {@code java.lang.reflect.Array} ({@code getInt},
 * then {@code setInt}): the same lost update as {@code a[0]++} twice, reached by a call instead of an
 * array instruction.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class ReflectiveArrayIncrement implements Runnable {
    private final int[] counts = new int[1];

    private void increment() {
        Array.setInt(counts, 0, Array.getInt(counts, 0) + 1);
    }

    @Override
    public void run() {
        Thread a = new Thread(this::increment, "A");
        Thread b = new Thread(this::increment, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (counts[0] != 2) {
            throw new AssertionError("counts[0] " + counts[0] + ": an increment was lost");
        }
    }
}
