package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A nested holder class starts a worker thread in its static initializer; the worker increments a
 * static counter. {@code run()} touches the holder (which initializes it), joins the worker and
 * checks the count is 1. Correct on every JVM, where the initializer runs once. The worker is a
 * thread the program started (from checked code), so the checker must control it, and every
 * execution must run the initializer afresh.
 */
@Expect(VERIFIED)
public class ThreadStartedInStaticInit implements Runnable {
    static final class Holder {
        static final AtomicInteger COUNT = new AtomicInteger();
        static final Thread WORKER = new Thread(COUNT::incrementAndGet, "static-worker");

        static {
            WORKER.start();
        }
    }

    @Override
    public void run() {
        try {
            Holder.WORKER.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (Holder.COUNT.get() != 1) {
            throw new AssertionError("count " + Holder.COUNT.get() + ": the initializer ran more than once, or its state leaked");
        }
    }
}
