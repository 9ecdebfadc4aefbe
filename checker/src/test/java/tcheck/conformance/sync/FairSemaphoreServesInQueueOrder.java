package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A fair {@code Semaphore} gives permits in queue order, even to a thread that asks for more than
 * are free: {@code big} queues for two permits, then {@code small} asks for one, and main releases
 * one, then another. On a real JVM {@code small} waits behind {@code big} (a fair semaphore lets no
 * one past the head of its queue), so {@code big} is always done first. An unfair model hands the
 * first released permit to {@code small}: a counterexample no JVM can show. (Main's wait is a spin,
 * so the search may honestly run out of steps.)
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 120)
public class FairSemaphoreServesInQueueOrder implements Runnable {
    private volatile boolean bigDone;

    @Override
    public void run() {
        Semaphore permits = new Semaphore(0, true);
        Thread big = new Thread(() -> {
            permits.acquireUninterruptibly(2);
            bigDone = true;
            permits.release(2);
        }, "big");
        Thread small = new Thread(() -> {
            permits.acquireUninterruptibly();
            if (!bigDone) {
                throw new AssertionError("small overtook big");
            }
            permits.release();
        }, "small");
        big.start();
        while (permits.getQueueLength() == 0) {
            Thread.yield();
        }
        small.start();
        permits.release();
        permits.release();
        try {
            big.join();
            small.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
