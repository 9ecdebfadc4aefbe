package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The same reader/writer discipline as {@code RwLockReadersAndWriter}, but the program only sees
 * {@code ReadWriteLock} and plain {@code Lock} references, as most code does. The JDK semantics are
 * identical, so it is correct and verified; the checker must not treat the read lock as something
 * it cannot handle (its own exception is never the program's).
 */
@Expect(VERIFIED)
public class RwLockThroughLockInterface implements Runnable {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock readLock = rw.readLock();
    private final Lock writeLock = rw.writeLock();
    private int x;
    private int y;

    @Override
    public void run() {
        Thread w = new Thread(() -> {
            writeLock.lock();
            try {
                x++;
                y++;
            } finally {
                writeLock.unlock();
            }
        }, "writer");
        Thread r = new Thread(() -> {
            readLock.lock();
            try {
                if (x != y) {
                    throw new AssertionError("torn read: x=" + x + " y=" + y);
                }
            } finally {
                readLock.unlock();
            }
        }, "reader");
        w.start();
        r.start();
        try {
            w.join();
            r.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (x != 1) {
            throw new AssertionError("x=" + x);
        }
    }
}
