package tcheck.scenarios.semaphore;

import java.util.concurrent.Semaphore;

/**
 * A pool of one with its semaphore and one worker per actor, for threads the program does not start
 * itself (jcstress actors): wired as the scenarios' {@code newProgram} does, with no behaviour of its own.
 */
public final class StressPool {
    private final Pool pool = new Pool();
    private final Worker first;
    private final Worker second;

    private StressPool(java.util.function.BiFunction<Pool, Integer, Worker> worker) {
        this.first = worker.apply(pool, 1);
        this.second = worker.apply(pool, 2);
    }

    /** {@code semaphore-pool/over-release}. */
    public static StressPool overRelease() {
        Semaphore permits = new Semaphore(1);
        return new StressPool((pool, n) -> new DoubleReleaseWorker(permits, pool));
    }

    /** {@code semaphore-pool/bounded-fails-fast}. */
    public static StressPool boundedFailsFast() {
        BoundedSemaphore permits = new BoundedSemaphore(1);
        return new StressPool((pool, n) -> new DoubleReleaseOnBoundedWorker(permits, pool));
    }

    /** {@code semaphore-pool/release-once}. */
    public static StressPool releaseOnce() {
        BoundedSemaphore permits = new BoundedSemaphore(1);
        return new StressPool((pool, n) -> new ReleaseOnceWorker(permits, pool));
    }

    /**
     * The first (or second) worker's {@code rounds} rounds on the calling thread: "ok", or the simple name
     * of the exception that ended them.
     */
    public String rounds(boolean firstWorker, int rounds) {
        Worker w = firstWorker ? first : second;
        try {
            for (int k = 0; k < rounds; k++) {
                w.useThePool();
            }
            return "ok";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "InterruptedException";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** The most threads that were in the pool at once. */
    public int most() {
        return pool.most.get();
    }
}
