package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * Two threads each do 20 increments under a {@code ReentrantLock}, unlocking in {@code finally}.
 * Correct on every JVM. Explored with a step bound far too small, so executions are cut in the
 * middle of a critical section: the checker must abandon them quietly (the {@code finally}'s
 * unlock running during the abandonment is not the program's failure). Bounded, or verified, but
 * never a counterexample or an error.
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 30)
public class FinallyUnlockAtStepBound implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    private void work() {
        lock.lock();
        try {
            for (int i = 0; i < 20; i++) {
                count++;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::work, "A");
        Thread b = new Thread(this::work, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        lock.lock();
        try {
            if (count != 40) {
                throw new AssertionError("count " + count);
            }
        } finally {
            lock.unlock();
        }
    }
}
