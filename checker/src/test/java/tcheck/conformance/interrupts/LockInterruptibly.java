package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Main holds a lock while a thread waits for it in {@code lockInterruptibly()}; main interrupts the
 * thread, joins it, then unlocks. The waiting thread must give up with {@code InterruptedException}
 * (it cannot get the lock while main holds it), else main's join would never return. Correct on
 * every JVM: verified.
 */
@Expect(VERIFIED)
public class LockInterruptibly implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean gaveUp;

    @Override
    public void run() {
        lock.lock();
        try {
            Thread t = new Thread(() -> {
                try {
                    lock.lockInterruptibly();
                    lock.unlock();
                } catch (InterruptedException e) {
                    gaveUp = true;
                }
            }, "T");
            t.start();
            t.interrupt();
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            lock.unlock();
        }
        if (!gaveUp) {
            throw new AssertionError("lockInterruptibly got a lock that main held");
        }
    }
}
