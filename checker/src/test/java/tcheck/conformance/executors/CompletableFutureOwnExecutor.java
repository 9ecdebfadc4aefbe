package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * {@code supplyAsync} then {@code thenApplyAsync} on an explicit pool of 2 threads, and
 * {@code join()}: the stages run in order, so the result is (20 + 1) * 2 = 42 on every JVM; then the
 * pool is shut down and awaited. Correct: verified (or bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class CompletableFutureOwnExecutor implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int r = CompletableFuture.supplyAsync(() -> 20, pool)
                .thenApplyAsync(x -> (x + 1) * 2, pool)
                .join();
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (r != 42) {
            throw new AssertionError("result " + r);
        }
    }
}
