package tcheck.scenarios.semaphore;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The guarded resource: a pool that at most N threads may use at once (a connection pool, the
 * "bandwidth management" of seed {@code 002_e91a849d01495b10.txt} line 1206). It does not enforce the
 * limit, the semaphore in front of it does; it only counts who is inside and remembers the most
 * there ever were, so the property "at most N inside" can be checked afterwards. Atomics, so that
 * counting never orders the threads by itself (a lock here would hide nothing, but would add steps).
 */
final class Pool {
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    void enter() {
        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
    }

    void leave() {
        inside.decrementAndGet();
    }
}
