package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * Two tasks increment an {@code AtomicInteger} on a fixed pool of 2 threads; main calls
 * {@code shutdown()} and {@code awaitTermination}, then checks the count. Tasks submitted before
 * shutdown all run, and termination happens-before awaitTermination's return: correct on every
 * JVM, verified (or bounded: the pool's own code is part of the space). The pool's workers are
 * threads the program started, through the executor.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class FixedPoolShutdownAwait implements Runnable {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(count::incrementAndGet);
        pool.execute(count::incrementAndGet);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a timeout only means "not yet": a thread can be kept waiting for any time
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count.get() != 2) {
            throw new AssertionError("count " + count.get());
        }
    }
}
