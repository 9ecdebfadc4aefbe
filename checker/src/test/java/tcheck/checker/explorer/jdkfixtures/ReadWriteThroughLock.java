package tcheck.checker.explorer.jdkfixtures;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A counter guarded by a read-write lock's write lock, reached through the Lock interface. */
public class ReadWriteThroughLock implements Runnable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock write = rw.writeLock();
    private final Lock read = rw.readLock();
    private int count;

    private void increment() {
        write.lock();
        try {
            count++;
        } finally {
            write.unlock();
        }
    }

    private int get() {
        read.lock();
        try {
            return count;
        } finally {
            read.unlock();
        }
    }

    @Override
    public void run() {
        Thread t1 = new Thread(this::increment, "T1");
        Thread t2 = new Thread(this::increment, "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (get() != 2) {
            throw new AssertionError("count " + get());
        }
    }
}
