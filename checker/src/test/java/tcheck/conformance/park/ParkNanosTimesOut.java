package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread calls {@code parkNanos(10 ms)} and nobody unparks it: the park returns when the time is
 * up, the thread ends, and main joins it. Not a deadlock on any JVM: correct, verified.
 */
@Expect(VERIFIED)
public class ParkNanosTimesOut implements Runnable {
    private volatile boolean returned;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            LockSupport.parkNanos(10_000_000L);
            returned = true;
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!returned) {
            throw new AssertionError("parkNanos did not return");
        }
    }
}
