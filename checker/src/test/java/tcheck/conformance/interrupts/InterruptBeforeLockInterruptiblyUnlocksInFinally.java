package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code lockInterruptibly()} inside the {@code try} whose {@code finally} unlocks: when the interrupt
 * comes before the lock is taken (here main interrupts the worker right after starting it, on a free
 * lock), {@code lockInterruptibly} throws first thing, and the {@code finally} unlocks a lock the thread
 * never held: {@code IllegalMonitorStateException}. The lock call belongs before the {@code try}.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception", message = "IllegalMonitorStateException")
public class InterruptBeforeLockInterruptiblyUnlocksInFinally implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                count++;
            } catch (InterruptedException e) {
                // gives up
            } finally {
                lock.unlock();
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
