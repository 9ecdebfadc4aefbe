package tcheck.scenarios.semaphore;

/**
 * {@link DoubleReleaseWorker}'s mistake on a {@link BoundedSemaphore}: the second release throws, at
 * the line that makes the mistake, before any thread can use the permit that never was.
 *
 * <p>This is the seed's own demonstration ({@code 000_715c6142ede907d2.txt} lines 773-787,
 * {@code s2.release()} "Try to raise to 6, above starting value" and "As expected, it complained!"),
 * as a worker. The program is still wrong, and the checker still reports it, but the report is the
 * right one: an {@link IllegalStateException} in the release that went over the bound, with a trace
 * of a handful of steps, instead of two threads found inside a pool of one a round later, far from
 * the cause. That is what "fail fast" buys: the same bug, caught where it is. The fix is to release
 * once ({@link ReleaseOnceWorker}).
 */
final class DoubleReleaseOnBoundedWorker implements Worker {
    private final BoundedSemaphore permits;
    private final Pool pool;

    DoubleReleaseOnBoundedWorker(BoundedSemaphore permits, Pool pool) {
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
            permits.release(); // the same mistake: now it throws, here
        }
    }
}
