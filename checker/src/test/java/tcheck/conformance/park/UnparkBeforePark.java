package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Main starts a thread and immediately {@code unpark}s it; the thread calls {@code park()} once,
 * with no loop. Whether the unpark comes before the park (it leaves a permit, so park returns at
 * once) or after (it wakes the parked thread), the park returns: the thread ends and main joins it
 * on every JVM. Correct, verified.
 */
@Expect(VERIFIED)
public class UnparkBeforePark implements Runnable {
    @Override
    public void run() {
        Thread t = new Thread(() -> LockSupport.park(), "T");
        t.start();
        LockSupport.unpark(t);
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
