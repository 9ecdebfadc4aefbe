package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The program submits a task, gets its result, and returns without {@code shutdown()}. The pool's
 * worker is a non-daemon thread that then waits for more work forever: on a real JVM the program
 * never terminates. Every thread left is blocked with nobody to wake it, so it is reported as a
 * deadlock (the worker waits in the pool's queue), not as a normal end.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class ForgottenShutdown implements Runnable {
    @Override
    public void run() {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        Future<Integer> f = pool.submit(() -> 6 * 7);
        try {
            if (f.get() != 42) {
                throw new AssertionError("result " + f.get());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
