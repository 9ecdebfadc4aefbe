package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread holding a {@code StampedLock} read stamp calls {@code writeLock()} instead of converting
 * the stamp. StampedLock is not reentrant and the write lock waits for every reader, itself
 * included: it blocks forever on every JVM, and main waits to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class StampedReadToWriteDeadlock implements Runnable {
    private final StampedLock sl = new StampedLock();
    private int value;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            long r = sl.readLock();
            try {
                if (value == 0) {
                    long w = sl.writeLock();
                    value = 1;
                    sl.unlockWrite(w);
                }
            } finally {
                sl.unlockRead(r);
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
