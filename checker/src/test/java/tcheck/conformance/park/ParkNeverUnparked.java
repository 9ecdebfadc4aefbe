package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread parks in a loop until a flag that nobody sets (main forgot the unpark and the flag).
 * Spurious returns only loop again, so it waits forever on every JVM, and main waits to join it:
 * a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class ParkNeverUnparked implements Runnable {
    private volatile boolean ready;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            while (!ready) {
                LockSupport.park();
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
