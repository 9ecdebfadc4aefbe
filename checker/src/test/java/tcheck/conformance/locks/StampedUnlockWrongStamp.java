package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread takes a read stamp and releases it with {@code unlockWrite}: the stamp does not match
 * the lock's mode, and {@code StampedLock} throws {@code IllegalMonitorStateException} on every JVM,
 * an uncaught exception in that thread.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class StampedUnlockWrongStamp implements Runnable {
    private final StampedLock sl = new StampedLock();

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            long stamp = sl.readLock();
            sl.unlockWrite(stamp);
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
