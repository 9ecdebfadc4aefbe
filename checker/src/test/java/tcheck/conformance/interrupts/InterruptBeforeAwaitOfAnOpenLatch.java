package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A latch already counted down to zero, and a worker that awaits it: main interrupts the worker right
 * after starting it. {@code await()} looks at the interrupt before the count, so even on an open latch
 * it can throw {@code InterruptedException}, which the worker took to be impossible.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class InterruptBeforeAwaitOfAnOpenLatch implements Runnable {
    private final CountDownLatch open = new CountDownLatch(0);
    private volatile boolean thrown;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                open.await();
            } catch (InterruptedException e) {
                thrown = true;
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (thrown) {
            throw new AssertionError("await() of an open latch threw: the interrupt came first");
        }
    }
}
