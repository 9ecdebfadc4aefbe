package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Main shuts a pool down and then submits another task. A shut-down executor rejects new tasks:
 * {@code RejectedExecutionException} in main on every JVM (kind exception).
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class SubmitAfterShutdown implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.execute(() -> { });
        pool.shutdown();
        pool.execute(() -> { });
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
