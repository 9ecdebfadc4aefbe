package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The "mutex" is a {@code Semaphore(2)}: both threads get a permit at once and their plain
 * increments interleave, so a real JVM can lose one (invariant); the two accesses also race. Either
 * finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class SemaphoreTwoPermits implements Runnable {
    private final Semaphore sem = new Semaphore(2);
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
            throw new AssertionError("count " + count + ": two permits, no mutual exclusion");
        }
    }
}
