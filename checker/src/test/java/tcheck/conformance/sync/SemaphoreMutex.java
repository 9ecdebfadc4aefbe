package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A {@code Semaphore(1)} used as a mutex around a plain increment. A release happens-before a later
 * successful acquire and only one thread holds the permit, so both increments are kept with no
 * data race: correct, verified.
 */
@Expect(VERIFIED)
public class SemaphoreMutex implements Runnable {
    private final Semaphore sem = new Semaphore(1);
    private int count;

    private void increment() {
        sem.acquireUninterruptibly();
        try {
            count++;
        } finally {
            sem.release();
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
