package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The waiter parks once, with no loop, and assumes the flag is set when park returns; main sets the
 * flag and unparks. {@code LockSupport.park} "may also return spuriously (for no reason)" per its
 * Javadoc, so with spurious returns explored the waiter can see the flag unset: an invariant
 * violation. (Without spurious returns this program is correct; the option is what makes it buggy.)
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant", spuriousWakeups = true)
public class ParkWithoutLoopSpurious implements Runnable {
    private volatile boolean ready;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            LockSupport.park();
            if (!ready) {
                throw new AssertionError("park returned without the flag: a spurious return");
            }
        }, "waiter");
        waiter.start();
        ready = true;
        LockSupport.unpark(waiter);
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
