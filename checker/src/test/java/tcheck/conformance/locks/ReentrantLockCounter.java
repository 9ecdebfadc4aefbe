package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads increment a plain field, each under the same {@code ReentrantLock} with the unlock in a
 * {@code finally}. The lock's unlock happens-before the next lock, so both increments are kept and
 * there is no data race on any JVM: the search must be complete and find nothing.
 */
@Expect(VERIFIED)
public class ReentrantLockCounter implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    private void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::increment, "A");
        Thread b = new Thread(this::increment, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count + ", expected 2");
        }
    }
}
