package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Each thread takes the same lock twice (reentrantly), checks its hold count is 2 and that it holds
 * the lock, increments, and releases twice. Reentrancy and hold counts are exact in the JDK, and
 * the other thread cannot get in between: correct, verified.
 */
@Expect(VERIFIED)
public class ReentrantHoldCount implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    private void twice() {
        lock.lock();
        try {
            lock.lock();
            try {
                if (lock.getHoldCount() != 2 || !lock.isHeldByCurrentThread()) {
                    throw new AssertionError("hold count " + lock.getHoldCount());
                }
                count++;
            } finally {
                lock.unlock();
            }
            if (lock.getHoldCount() != 1) {
                throw new AssertionError("hold count after one unlock " + lock.getHoldCount());
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::twice, "A");
        Thread b = new Thread(this::twice, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2 || lock.isLocked()) {
            throw new AssertionError("count " + count + ", locked " + lock.isLocked());
        }
    }
}
