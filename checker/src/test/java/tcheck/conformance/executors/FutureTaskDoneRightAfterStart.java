package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.FutureTask;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Main starts a thread with a {@code FutureTask} and takes the task to be done as soon as
 * {@code start()} returns. A started thread has not necessarily run at all: {@code isDone()} is
 * false whenever main looks first. The task's own work (the JDK's code, and a callable that touches
 * nothing shared) shows no step the search could move, so the new thread's first step is its call
 * of {@code run()}; without it the task ran inside main's {@code start} and was always done.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class FutureTaskDoneRightAfterStart implements Runnable {
    @Override
    public void run() {
        FutureTask<Integer> task = new FutureTask<>(() -> 42);
        Thread t = new Thread(task, "runner");
        t.start();
        boolean done = task.isDone();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!done) {
            throw new AssertionError("the task was not done right after start()");
        }
    }
}
