package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads do {@code count++} on a plain {@code static} field. A real JVM can lose an update
 * (invariant) and the accesses race (data race): either finding is right. (What is not right is to
 * report it only because an earlier execution left the counter at 2.)
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class StaticRacyCounter implements Runnable {
    private static int count;

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
