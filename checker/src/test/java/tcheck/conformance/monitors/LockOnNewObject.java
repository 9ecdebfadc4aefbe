package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Each increment is wrapped in {@code synchronized (new Object())}: every thread locks a monitor
 * of its own, so nothing is excluded. A real JVM loses an update (invariant) and the accesses race
 * (data race); either finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class LockOnNewObject implements Runnable {
    private int count;

    private void increment() {
        synchronized (new Object()) {
            count++;
        }
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
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
