package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A worker takes a {@code ReentrantLock} and ends without unlocking it (a forgotten
 * {@code finally}). A {@code ReentrantLock} is not released when its owner terminates, so main's
 * {@code lock()} after the join blocks forever on every JVM: a deadlock (main waits for a lock
 * whose owner is gone).
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class LockHeldByDeadThread implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            lock.lock();
            count++;
        }, "worker");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }
}
