package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads do {@code count++} on a plain field: read, add, write. A real JVM interleaves the
 * reads before the writes and loses an update (invariant); the accesses race (data race). Either
 * finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class RacyIncrement implements Runnable {
    private int count;

    @Override
    public void run() {
        Thread a = new Thread(() -> count++, "A");
        Thread b = new Thread(() -> count++, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
