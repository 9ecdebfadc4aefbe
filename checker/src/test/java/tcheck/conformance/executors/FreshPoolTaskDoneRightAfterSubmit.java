package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A fresh pool starts a worker for the first task it is given, and that worker runs the task: the
 * JDK's code, from {@code submit} on. Main takes the task to be done when {@code submit} returns,
 * which a real JVM often contradicts (the worker has not been scheduled yet). The worker's first
 * step is its own, not a part of main's {@code submit}.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class FreshPoolTaskDoneRightAfterSubmit implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> f = pool.submit(() -> 42);
            if (!f.isDone()) {
                throw new AssertionError("the task was not done when submit() returned");
            }
        } finally {
            pool.shutdown();
        }
    }
}
