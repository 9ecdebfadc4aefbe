package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * {@code Thread.holdsLock(m)} is true inside {@code synchronized (m)} and false outside it, in each
 * of two threads using the same monitor, and false for a monitor held by the other thread. Exact on
 * every JVM: verified. (Code asserts its locking discipline this way; a checker that models
 * monitors must answer it from its model.)
 */
@Expect(VERIFIED)
public class HoldsLockExact implements Runnable {
    private final Object m = new Object();
    private volatile String problem;

    private void check() {
        if (Thread.holdsLock(m)) {
            problem = "holdsLock true before entering";
        }
        synchronized (m) {
            if (!Thread.holdsLock(m)) {
                problem = "holdsLock false inside synchronized (m)";
            }
        }
        if (Thread.holdsLock(m)) {
            problem = "holdsLock true after leaving";
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::check, "A");
        Thread b = new Thread(this::check, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }
}
