package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code completeOnTimeout(-1, 20 ms)} on a task that takes 200 ms: the timeout completes the future
 * first, so {@code join()} returns -1, not the task's 7. The program takes the task's value for
 * granted. The timeout runs on the JDK's own delay scheduler (from JDK 25 on, a thread of
 * CompletableFuture's default pool, which its class keeps from its first use): a checker whose
 * later executions reach the pool of the first finds no timeout at all and calls the program
 * correct.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant", message = "timed out")
public class CompletableFutureTimeoutFiresFirst implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            int v = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 7;
            }, pool).completeOnTimeout(-1, 20, TimeUnit.MILLISECONDS).join();
            if (v != 7) {
                throw new AssertionError("timed out: " + v);
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // not yet: keep waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
