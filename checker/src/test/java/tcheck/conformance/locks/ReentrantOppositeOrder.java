package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two {@code ReentrantLock}s taken in opposite orders by two threads: when each holds its first,
 * both wait forever for the second: a deadlock with a cycle, on every JVM.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class ReentrantOppositeOrder implements Runnable {
    private final ReentrantLock a = new ReentrantLock();
    private final ReentrantLock b = new ReentrantLock();

    private static void both(ReentrantLock first, ReentrantLock second) {
        first.lock();
        try {
            second.lock();
            second.unlock();
        } finally {
            first.unlock();
        }
    }

    @Override
    public void run() {
        Thread t1 = new Thread(() -> both(a, b), "T1");
        Thread t2 = new Thread(() -> both(b, a), "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
