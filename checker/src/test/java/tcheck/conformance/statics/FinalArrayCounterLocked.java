package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A counter kept in a {@code static final int[]}, incremented by two threads under one lock: correct.
 * {@code final} fixes the reference, not the elements: the array is static state, and every execution
 * starts from zero (a checker that took it for a constant table would count 4 in its second execution
 * and call a correct program wrong).
 */
@Expect(VERIFIED)
public class FinalArrayCounterLocked implements Runnable {
    static final int[] COUNT = new int[1];

    @Override
    public void run() {
        Runnable increment = () -> {
            synchronized (FinalArrayCounterLocked.class) {
                COUNT[0]++;
            }
        };
        Thread a = new Thread(increment, "A");
        Thread b = new Thread(increment, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (COUNT[0] != 2) {
            throw new AssertionError("count " + COUNT[0]);
        }
    }
}
