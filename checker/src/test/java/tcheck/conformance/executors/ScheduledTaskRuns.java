package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A task scheduled 10 ms ahead on a {@code ScheduledThreadPoolExecutor}; main waits for its result
 * with {@code get()}, then shuts the pool down and awaits termination. The delay elapses and the
 * task runs on every JVM: correct, verified (or bounded). A checker must let the delay pass (a
 * virtual clock), not report the waiting worker as a deadlock.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class ScheduledTaskRuns implements Runnable {
    @Override
    public void run() {
        ScheduledExecutorService pool = new ScheduledThreadPoolExecutor(1);
        ScheduledFuture<String> f = pool.schedule(() -> "done", 10, TimeUnit.MILLISECONDS);
        try {
            if (!"done".equals(f.get())) {
                throw new AssertionError(f.get());
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
