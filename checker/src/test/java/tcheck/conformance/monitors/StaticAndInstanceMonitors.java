package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * One thread increments a counter in a {@code static synchronized} method (locking the Class
 * object), the other in an instance {@code synchronized} method (locking {@code this}). They hold
 * different monitors, so the increments are not mutually exclusive: a real JVM can lose one
 * (invariant) and the accesses race (data race). Either finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class StaticAndInstanceMonitors implements Runnable {
    private int count;

    private static synchronized void incrementStatic(StaticAndInstanceMonitors m) {
        m.count++;
    }

    private synchronized void incrementInstance() {
        count++;
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> incrementStatic(this), "A");
        Thread b = new Thread(this::incrementInstance, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count + ": the two methods lock different monitors");
        }
    }
}
