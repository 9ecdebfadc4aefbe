package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread waits on {@code get()} of a {@code FutureTask} that nobody ever runs: it blocks forever
 * on every JVM, and main waits to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class FutureTaskNeverRun implements Runnable {
    @Override
    public void run() {
        FutureTask<Integer> task = new FutureTask<>(() -> 1);
        Thread waiter = new Thread(() -> {
            try {
                task.get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }, "waiter");
        waiter.start();
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
