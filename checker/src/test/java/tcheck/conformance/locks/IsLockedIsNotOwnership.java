package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code isLocked()} says whether anyone holds the lock, not whether the caller does. A cleanup that
 * unlocks "while it is locked" unlocks another thread's lock: {@code IllegalMonitorStateException}.
 * The answer depends on what the other thread has done so far, so the call is a step of its own; a
 * checker that answers it without one never puts it between the holder's lock and unlock.
 * ({@code isHeldByCurrentThread()} is the right question.)
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception", message = "IllegalMonitorStateException")
public class IsLockedIsNotOwnership implements Runnable {
    @Override
    public void run() {
        ReentrantLock lock = new ReentrantLock();
        Thread holder = new Thread(() -> {
            lock.lock();
            lock.unlock();
        }, "holder");
        Thread cleaner = new Thread(() -> {
            while (lock.isLocked()) {
                lock.unlock();
            }
        }, "cleaner");
        holder.start();
        cleaner.start();
        try {
            holder.join();
            cleaner.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
