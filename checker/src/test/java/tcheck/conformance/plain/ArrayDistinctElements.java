package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads each write only their own element of a shared {@code int[]}; main reads both after
 * the joins. Different elements are different variables (no word tearing in Java), so there is no
 * conflict and no data race: correct, verified. A checker that treats the array as one variable
 * cries wolf.
 */
@Expect(VERIFIED)
public class ArrayDistinctElements implements Runnable {
    private final int[] cells = new int[2];

    @Override
    public void run() {
        Thread a = new Thread(() -> cells[0] = 1, "A");
        Thread b = new Thread(() -> cells[1] = 2, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (cells[0] != 1 || cells[1] != 2) {
            throw new AssertionError(cells[0] + "," + cells[1]);
        }
    }
}
