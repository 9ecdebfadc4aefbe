package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread holding the READ lock of a {@code ReentrantReadWriteLock} releases the WRITE lock (both
 * held as plain {@code Lock}s, an easy mix-up). It does not hold the write lock, so the JDK throws
 * {@code IllegalMonitorStateException} on every JVM: an uncaught exception of the program (not the
 * checker's own).
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception", message = "IllegalMonitorStateException")
public class RwLockWriteUnlockByReader implements Runnable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock read = rw.readLock();
    private final Lock write = rw.writeLock();

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            read.lock();
            write.unlock();
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
