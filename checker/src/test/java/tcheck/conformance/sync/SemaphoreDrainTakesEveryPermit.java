package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * {@code drainPermits()} takes every free permit at once and says how many: a thread that drained
 * both of two permits is alone in its section, whoever else tries. Like any acquire, the drain
 * happens after the release that made the permits free, so the section's plain counter is not
 * raced on. Correct on every JVM; a checker that answers the drain from the real semaphore (which it
 * never changes) or orders nothing by it reports a violation or a data race that cannot happen.
 */
@Expect(VERIFIED)
public class SemaphoreDrainTakesEveryPermit implements Runnable {
    private final Semaphore permits = new Semaphore(2);
    private int inside;

    @Override
    public void run() {
        Runnable worker = () -> {
            int got = permits.drainPermits();
            if (got == 2) {
                inside++;
                if (inside != 1) {
                    throw new AssertionError("two threads inside");
                }
                inside--;
            }
            permits.release(got);
        };
        Thread a = new Thread(worker, "a");
        Thread b = new Thread(worker, "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (permits.availablePermits() != 2) {
            throw new AssertionError(permits.availablePermits() + " permits at the end");
        }
    }
}
