package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A writer updates two fields under the write lock, keeping {@code x == y}; two readers read both
 * under the read lock and check the pair is consistent. The write lock excludes readers and its
 * release happens-before a later read lock, so no reader sees a half-done update and there is no
 * data race: correct, verified. The JDK's own lock code runs: about 1,900 executions, more than the
 * default time budget allows on a loaded machine.
 */
@Expect(value = VERIFIED, maxMillis = 30_000)
public class RwLockReadersAndWriter implements Runnable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private int x;
    private int y;

    private void write() {
        rw.writeLock().lock();
        try {
            x++;
            y++;
        } finally {
            rw.writeLock().unlock();
        }
    }

    private void read() {
        rw.readLock().lock();
        try {
            if (x != y) {
                throw new AssertionError("torn read: x=" + x + " y=" + y);
            }
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public void run() {
        Thread w = new Thread(this::write, "writer");
        Thread r1 = new Thread(this::read, "R1");
        Thread r2 = new Thread(this::read, "R2");
        w.start();
        r1.start();
        r2.start();
        try {
            w.join();
            r1.join();
            r2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (x != 1 || y != 1) {
            throw new AssertionError("x=" + x + " y=" + y);
        }
    }
}
