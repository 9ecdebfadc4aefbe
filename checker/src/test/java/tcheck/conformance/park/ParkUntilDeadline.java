package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A thread parks with {@code parkUntil(deadline)} in a loop until {@code currentTimeMillis()}
 * reaches a deadline 30 ms ahead (a park may return early or spuriously, hence the loop). Nobody
 * unparks it; it ends once the deadline has passed, on every JVM. Correct: verified or bounded. The
 * clock must move with timed parks, or the loop never ends.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class ParkUntilDeadline implements Runnable {
    private volatile long late = -1;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 30;
            while (System.currentTimeMillis() < deadline) {
                LockSupport.parkUntil(deadline);
            }
            late = System.currentTimeMillis() - deadline;
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (late < 0) {
            throw new AssertionError("returned before the deadline");
        }
    }
}
