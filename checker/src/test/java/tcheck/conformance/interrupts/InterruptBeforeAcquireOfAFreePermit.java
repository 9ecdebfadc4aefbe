package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A semaphore with a permit free, and a worker whose first act is to take it: main interrupts the
 * worker right after starting it. {@code acquire()} looks at the interrupt before the permits, so even
 * with a permit there it can throw {@code InterruptedException}: the worker's assumption that a free
 * permit is always granted fails on a real JVM.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class InterruptBeforeAcquireOfAFreePermit implements Runnable {
    private final Semaphore permits = new Semaphore(1);
    private volatile boolean refused;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                refused = true;
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (refused) {
            throw new AssertionError("a free permit was refused: the interrupt came first");
        }
    }
}
