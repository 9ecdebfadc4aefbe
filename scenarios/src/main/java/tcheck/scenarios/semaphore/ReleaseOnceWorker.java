package tcheck.scenarios.semaphore;

/**
 * The fix: one acquire, one release, in {@code finally}, on a {@link BoundedSemaphore}. The release
 * happens exactly once on every path, so the count never goes above N and at most N threads are in the
 * pool at once; and the bounded semaphore stands guard, so a later edit that releases twice fails at
 * once instead of letting one thread too many in (seed {@code 000_715c6142ede907d2.txt} lines 773-787;
 * {@code 002_e91a849d01495b10.txt} line 1211: "Use BoundedSemaphore if limit is to be maintained").
 */
final class ReleaseOnceWorker implements Worker {
    private final BoundedSemaphore permits;
    private final Pool pool;

    ReleaseOnceWorker(BoundedSemaphore permits, Pool pool) {
        this.permits = permits;
        this.pool = pool;
    }

    @Override
    public void useThePool() throws InterruptedException {
        permits.acquire();
        try {
            pool.enter();
            pool.leave();
        } finally {
            permits.release();
        }
    }
}
