package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A task submitted to a pool throws; main's {@code Future.get()} throws {@code ExecutionException}
 * whose cause is the task's exception, which main expects and checks. The worker thread does not
 * die of it (the FutureTask catches it). Correct on every JVM: verified or bounded, and the task's
 * exception is not an uncaught exception of the program.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class FutureGetWrapsFailure implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> f = pool.submit(() -> {
            throw new IllegalArgumentException("bad input");
        });
        try {
            f.get();
            throw new AssertionError("get() returned normally");
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw new AssertionError("cause " + e.getCause());
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
