package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.locks.ReentrantLock;

/** A lock and a counter made in static initializers, used by two threads: the lock is controlled. */
public class StaticInitLock implements Runnable {
    static final ReentrantLock LOCK = new ReentrantLock();
    static final int[] COUNT = new int[1];

    static void increment() {
        LOCK.lock();
        try {
            COUNT[0]++;
        } finally {
            LOCK.unlock();
        }
    }

    @Override
    public void run() {
        Join.all(StaticInitLock::increment, StaticInitLock::increment);
        if (COUNT[0] != 2) {
            throw new AssertionError("count " + COUNT[0]);
        }
    }
}
