package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * Each thread retries {@code tryLock()} (yielding) until it gets the lock, then increments. This is
 * correct: on a real JVM the holder is scheduled again and releases, so the spinner gets the lock.
 * An unbounded spin while the holder is never scheduled is an unfair schedule, not a livelock the
 * program has; so the explorer may run out of steps ("bounded") but must never report a livelock
 * or any other counterexample.
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 120)
public class TryLockSpinRetry implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int count;

    private void increment() {
        while (!lock.tryLock()) {
            Thread.yield();
        }
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
            throw new AssertionError("count " + count);
        }
    }
}
