package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two threads do a read-modify-write of a counter under the READ lock. Read locks are shared, so
 * both can be inside at once: each reads 0 and writes 1, and the total is 1 (an invariant
 * violation a real JVM shows with one preemption). The counter is an {@code AtomicInteger} read and
 * written with get/set so the only finding is the lost update, not a data race.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class RwLockReadLockForWrites implements Runnable {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final AtomicInteger count = new AtomicInteger();

    private void increment() {
        rw.readLock().lock();
        try {
            count.set(count.get() + 1);
        } finally {
            rw.readLock().unlock();
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
        if (count.get() != 2) {
            throw new AssertionError("count " + count.get() + ": the read lock does not exclude another reader");
        }
    }
}
