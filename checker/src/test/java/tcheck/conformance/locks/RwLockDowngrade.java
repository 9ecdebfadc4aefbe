package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Lock downgrading as the {@code ReentrantReadWriteLock} Javadoc describes it: a thread holding the
 * write lock takes the read lock, then releases the write lock, and reads what it wrote while
 * another thread tries to write. Downgrading is allowed (a writer may acquire the read lock), and
 * the read lock keeps the other writer out until it is released, so the value read is its own:
 * correct, verified.
 */
@Expect(VERIFIED)
public class RwLockDowngrade implements Runnable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private int value;

    @Override
    public void run() {
        Thread downgrader = new Thread(() -> {
            rw.writeLock().lock();
            value = 1;
            rw.readLock().lock();
            rw.writeLock().unlock();
            try {
                if (value != 1) {
                    throw new AssertionError("another writer got in while the read lock was held: " + value);
                }
            } finally {
                rw.readLock().unlock();
            }
        }, "downgrader");
        Thread other = new Thread(() -> {
            rw.writeLock().lock();
            try {
                value = 2;
            } finally {
                rw.writeLock().unlock();
            }
        }, "other");
        downgrader.start();
        other.start();
        try {
            downgrader.join();
            other.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
