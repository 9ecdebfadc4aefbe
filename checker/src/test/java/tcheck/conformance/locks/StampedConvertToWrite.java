package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads each take a read stamp and convert it with {@code tryConvertToWriteLock}; when the
 * conversion fails (the other thread holds a read stamp too) they release the read stamp and take
 * the write lock, then convert again (converting a write stamp returns it), as the Javadoc's upgrade
 * example does. Exactly two increments happen and no thread blocks forever: correct, verified.
 */
@Expect(VERIFIED)
public class StampedConvertToWrite implements Runnable {
    private final StampedLock sl = new StampedLock();
    private int count;

    private void incrementOnce() {
        long stamp = sl.readLock();
        try {
            while (true) {
                long ws = sl.tryConvertToWriteLock(stamp);
                if (ws != 0L) {
                    stamp = ws;
                    count++;
                    return;
                }
                sl.unlockRead(stamp);
                stamp = sl.writeLock();
            }
        } finally {
            sl.unlock(stamp);
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::incrementOnce, "A");
        Thread b = new Thread(this::incrementOnce, "B");
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
