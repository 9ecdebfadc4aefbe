package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

import java.util.concurrent.CountDownLatch;

/**
 * Main polls {@code getCount()} until the worker has counted down, then reads the worker's result;
 * but the worker counts down before it writes the result, so main can read it unset. The count is
 * what other threads change, so each {@code getCount()} is a step of its own: a checker that reads
 * it without one never lets the worker's count-down in between, and main's loop spins to the step
 * bound in every execution.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"}, maxSteps = 60)
public class LatchCountPolledBeforeTheResult implements Runnable {
    private final CountDownLatch done = new CountDownLatch(1);
    private int result;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            done.countDown();
            result = 42;
        }, "worker");
        worker.start();
        while (done.getCount() > 0) {
            Thread.yield();
        }
        int seen = result;
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen != 42) {
            throw new AssertionError("read the result before it was written: " + seen);
        }
    }
}
