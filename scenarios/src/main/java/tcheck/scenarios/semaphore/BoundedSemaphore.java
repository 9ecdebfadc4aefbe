package tcheck.scenarios.semaphore;

/**
 * The Java twin of Python's {@code threading.BoundedSemaphore}, which Java does not have: a counting
 * semaphore that refuses to be released above the number of permits it started with.
 *
 * <p>Seed {@code 000_715c6142ede907d2.txt} lines 616-661 and 750-787 show the difference: a plain
 * {@code Semaphore(5)} may be released without being acquired, and its counter silently becomes 6
 * ("That might make sense in some situations, but not in most"); a {@code BoundedSemaphore(5)}
 * raises {@code ValueError: Semaphore released too many times}. {@code 002_e91a849d01495b10.txt} line
 * 1211 adds: "Use BoundedSemaphore if limit is to be maintained". Here the error is an
 * {@link IllegalStateException} thrown by the release that would go over the bound, at the line that
 * made the mistake, before any thread can use the extra permit.
 *
 * <p>Built like CPython's (and like {@code eventreaders.Event} in this project): one monitor, a count,
 * {@code while (permits == 0) wait()} to acquire, {@code notify()} to release. One {@code notify()}
 * is enough because every waiter waits for the same thing, one permit, and each release makes exactly
 * one; a woken waiter that finds the permit gone (another thread took it first) waits again in its
 * {@code while}. Like Python's, and unlike a lock, a permit has no owner: any thread may release.
 * The bound catches a release too many only once the count would exceed it; a stray release while
 * other permits are out goes unnoticed until the last rightful release trips over it.
 */
public final class BoundedSemaphore {
    private final int bound;
    /** Package-private so the scenario can show it in traces without taking the monitor. */
    int permits;

    /** @param permits how many threads may hold a permit at once; also the bound */
    public BoundedSemaphore(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1, got " + permits);
        }
        this.bound = permits;
        this.permits = permits;
    }

    /** Takes a permit, waiting while there is none. */
    public synchronized void acquire() throws InterruptedException {
        while (permits == 0) {
            wait();
        }
        permits--;
    }

    /**
     * Gives a permit back and wakes one waiter.
     *
     * @throws IllegalStateException if every permit is already back: released too many times
     */
    public synchronized void release() {
        if (permits == bound) {
            throw new IllegalStateException("semaphore released too many times: all " + bound
                    + " permit(s) are already available");
        }
        permits++;
        notify();
    }

    /** The permits no thread holds right now. */
    public synchronized int availablePermits() {
        return permits;
    }
}
