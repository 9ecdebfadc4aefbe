package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads increment the same element of a plain {@code int[]}. Array elements are shared
 * variables like fields: a real JVM loses an update (invariant) and the accesses race (data race).
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class ArrayElementRace implements Runnable {
    private final int[] cells = new int[2];

    @Override
    public void run() {
        Thread a = new Thread(() -> cells[0]++, "A");
        Thread b = new Thread(() -> cells[0]++, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (cells[0] != 2) {
            throw new AssertionError("cells[0] " + cells[0]);
        }
    }
}
