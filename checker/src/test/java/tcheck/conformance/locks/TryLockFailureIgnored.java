package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Each of two threads increments only if {@code tryLock()} succeeds, and silently skips otherwise.
 * {@code tryLock()} fails whenever the other thread holds the lock at that moment, which a real JVM
 * can show when one thread is preempted inside its critical section: the count is then 1 and the
 * assertion fails (an invariant violation, found with one preemption).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class TryLockFailureIgnored implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    private void incrementIfFree() {
        if (lock.tryLock()) {
            try {
                count++;
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::incrementIfFree, "A");
        Thread b = new Thread(this::incrementIfFree, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count + ": a tryLock() failed and the increment was skipped");
        }
    }
}
