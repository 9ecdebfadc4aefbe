package tcheck.scenarios.semaphore;

import java.util.concurrent.Semaphore;

/**
 * Gives its permit back twice, on a plain {@link Semaphore}: nothing complains, the semaphore now has
 * one permit more than it was made with, and from then on one thread too many gets into the pool.
 *
 * <p>The mistake is seed {@code 000_715c6142ede907d2.txt} lines 753-771 in a worker's clothes:
 * {@code s1 = Semaphore(5); s1.acquire(); s1.release(); s1.release()} and "The counter is now 6!".
 * Here a worker hands its permit back early, as soon as it is done with the pool, to let the next
 * thread in sooner, and the {@code finally} that was already there hands it back again. A
 * {@link Semaphore} has no owner and no upper limit (its Javadoc: "There is no requirement that a
 * thread that releases a permit must have acquired that permit"), so the second release is silently
 * counted: after one round the pool of one has two permits. The bug shows only later, and elsewhere:
 * in a second round T1 and T2 both get a permit and are inside together. The broken property: at most
 * N threads in the pool at once.
 */
final class DoubleReleaseWorker implements Worker {
    private final Semaphore permits;
    private final Pool pool;

    DoubleReleaseWorker(Semaphore permits, Pool pool) {
        this.permits = permits;
        this.pool = pool;
    }

    @Override
    public void useThePool() throws InterruptedException {
        permits.acquire();
        try {
            pool.enter();
            pool.leave();
            permits.release(); // done with the pool: let the next thread in at once
        } finally {
            permits.release(); // BUG: the same permit given back a second time
        }
    }
}
