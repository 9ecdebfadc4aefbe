package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A {@code FutureTask} run by a plain thread; main calls {@code get()}, which blocks until the task
 * is done and returns its value (the task's writes happen-before get's return). Correct on every
 * JVM: verified.
 */
@Expect(VERIFIED)
public class FutureTaskOnThread implements Runnable {
    private int sideEffect;

    @Override
    public void run() {
        FutureTask<Integer> task = new FutureTask<>(() -> {
            sideEffect = 1;
            return 42;
        });
        Thread t = new Thread(task, "runner");
        t.start();
        try {
            if (task.get() != 42 || sideEffect != 1) {
                throw new AssertionError("get " + task.get() + ", side effect " + sideEffect);
            }
            t.join();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
