package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two {@code runAsync} stages on an explicit pool of 2 threads each do {@code count++} on a plain
 * field; main joins {@code allOf} of both. The stages run concurrently: a real JVM loses an update
 * (invariant) and the increments race (data race). Either finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class CompletableFutureRacyStages implements Runnable {
    private int count;

    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> count++, pool),
                    CompletableFuture.runAsync(() -> count++, pool)).join();
        } finally {
            pool.shutdown();
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
