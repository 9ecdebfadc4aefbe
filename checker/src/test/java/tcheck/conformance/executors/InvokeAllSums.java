package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * {@code invokeAll} of two callables on a pool of 2, then shutdown and awaitTermination. invokeAll
 * returns when every task is done, in the order given, so the results are 1 and 2 on every JVM:
 * correct, verified (or bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class InvokeAllSums implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2);
            List<Future<Integer>> results = pool.invokeAll(tasks);
            if (results.get(0).get() != 1 || results.get(1).get() != 2) {
                throw new AssertionError("results out of order");
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a timeout only means "not yet": a thread can be kept waiting for any time
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
