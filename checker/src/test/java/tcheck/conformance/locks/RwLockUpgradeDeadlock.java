package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread holding the read lock asks for the write lock ("upgrade"). {@code ReentrantReadWriteLock}
 * does not support upgrading: the write lock waits for all readers to leave, including the thread
 * itself, so it blocks forever on every JVM and main waits forever to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class RwLockUpgradeDeadlock implements Runnable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private int value;

    @Override
    public void run() {
        Thread upgrader = new Thread(() -> {
            rw.readLock().lock();
            try {
                if (value == 0) {
                    rw.writeLock().lock();
                    try {
                        value = 1;
                    } finally {
                        rw.writeLock().unlock();
                    }
                }
            } finally {
                rw.readLock().unlock();
            }
        }, "upgrader");
        upgrader.start();
        try {
            upgrader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
