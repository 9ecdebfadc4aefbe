package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A {@code CyclicBarrier(2)} where only one thread ever arrives, with {@code await(20 ms)}: it must
 * throw {@code TimeoutException} and leave the barrier broken, which the program checks. Correct on
 * every JVM: verified (not a deadlock).
 */
@Expect(VERIFIED)
public class BarrierTimeoutBreaks implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private volatile boolean timedOut;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                barrier.await(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                timedOut = true;
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!timedOut || !barrier.isBroken()) {
            throw new AssertionError("timed out " + timedOut + ", broken " + barrier.isBroken());
        }
    }
}
