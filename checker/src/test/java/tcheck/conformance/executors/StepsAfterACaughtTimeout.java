package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * What a thread does after catching a JDK call's exception is interleaved like the rest: main gives a
 * task a very short {@code get} timeout and, when it runs out, sets a volatile in two writes, 1 then 2.
 * The task, which was only slow, reads it in between: 1. Volatile makes each write visible, not the pair
 * atomic.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class StepsAfterACaughtTimeout implements Runnable {
    private volatile int x;
    private volatile int seen = -1;

    @Override
    public void run() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> f = pool.submit(() -> {
                seen = x;
            });
            try {
                f.get(100, TimeUnit.MICROSECONDS);
            } catch (TimeoutException e) {
                x = 1;
                x = 2;
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            pool.shutdown();
        }
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen == 1) {
            throw new AssertionError("the task saw x half set: 1");
        }
    }
}
