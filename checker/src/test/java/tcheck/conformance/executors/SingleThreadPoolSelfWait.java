package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Thread-starvation deadlock: on a single-thread pool, task A submits task B to the same pool and
 * waits for B's result. B can only run on the pool's one thread, which is busy running A: A waits
 * forever, and so does main waiting for A. A deadlock on every JVM.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class SingleThreadPoolSelfWait implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> a = pool.submit(() -> {
            Future<Integer> b = pool.submit(() -> 1);
            return b.get() + 1;
        });
        try {
            a.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
