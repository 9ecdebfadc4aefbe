package tcheck.checker.explorer.jdkfixtures;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Two threads, each counting under a read-write lock of its own ({@code shared}: one lock for both). */
public class TwoReadWriteLocks implements Runnable {
    private final boolean shared;
    private final ReentrantReadWriteLock a = new ReentrantReadWriteLock();
    private final ReentrantReadWriteLock b;
    private int left;
    private int right;

    public TwoReadWriteLocks() {
        this(false);
    }

    TwoReadWriteLocks(boolean shared) {
        this.shared = shared;
        this.b = shared ? a : new ReentrantReadWriteLock();
    }

    private void twice(ReentrantReadWriteLock rw, boolean isLeft) {
        for (int i = 0; i < 2; i++) {
            rw.writeLock().lock();
            try {
                if (isLeft) {
                    left++;
                } else {
                    right++;
                }
            } finally {
                rw.writeLock().unlock();
            }
        }
    }

    @Override
    public void run() {
        Thread t1 = new Thread(() -> twice(a, true), "T1");
        Thread t2 = new Thread(() -> twice(b, false), "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (left != 2 || right != 2) {
            throw new AssertionError("left " + left + " right " + right + (shared ? " (one lock)" : ""));
        }
    }
}
