package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread blocks in plain {@code lock()} while main holds the lock; main interrupts it and then
 * unlocks. {@code lock()} is not interruptible: the thread keeps waiting, gets the lock after main
 * releases it, and finds its interrupt flag still set. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class LockIgnoresInterrupt implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean flagSetWhenLocked;

    @Override
    public void run() {
        lock.lock();
        Thread t = new Thread(() -> {
            lock.lock();
            try {
                flagSetWhenLocked = Thread.currentThread().isInterrupted();
            } finally {
                lock.unlock();
            }
        }, "T");
        t.start();
        t.interrupt();
        lock.unlock();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!flagSetWhenLocked) {
            throw new AssertionError("the interrupt flag was lost while waiting in lock()");
        }
    }
}
