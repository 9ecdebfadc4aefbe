package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The waiter holds a {@code ReentrantLock} twice and awaits a condition; the signaller locks it,
 * sets the flag and signals. {@code await()} releases all holds and restores the hold count (2)
 * before returning, which the waiter checks. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class ConditionAwaitReleasesAllHolds implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private boolean flag;
    private volatile int holdsAfter;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            lock.lock();
            lock.lock();
            try {
                while (!flag) {
                    ready.await();
                }
                holdsAfter = lock.getHoldCount();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.unlock();
                lock.unlock();
            }
        }, "waiter");
        Thread signaller = new Thread(() -> {
            lock.lock();
            try {
                flag = true;
                ready.signalAll();
            } finally {
                lock.unlock();
            }
        }, "signaller");
        waiter.start();
        signaller.start();
        try {
            waiter.join();
            signaller.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (holdsAfter != 2) {
            throw new AssertionError("hold count after await " + holdsAfter);
        }
    }
}
