package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The waiter parks in a loop until {@code first} is set, then parks ONCE more and assumes
 * {@code second} is set. If the waiter sees {@code first} before main's first {@code unpark}, that
 * unpark leaves a permit, and the second park returns at once, before main set {@code second}. A
 * real JVM shows it (no spurious wake-up needed): an invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class LeftoverPermit implements Runnable {
    private volatile boolean first;
    private volatile boolean second;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            while (!first) {
                LockSupport.park();
            }
            LockSupport.park();
            if (!second) {
                throw new AssertionError("second park returned early: a permit was left from the first unpark");
            }
        }, "waiter");
        waiter.start();
        first = true;
        LockSupport.unpark(waiter);
        second = true;
        LockSupport.unpark(waiter);
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
