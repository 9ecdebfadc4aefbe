package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A {@code Semaphore(0)} used as a signal: a worker writes a result and {@code release()}s; main
 * {@code acquire()}s and reads the result. Semaphores have no owner, so a release by a thread that
 * never acquired is legal, and it happens-before the acquire that takes the permit. Correct on
 * every JVM: verified (not an "unlock by non-owner").
 */
@Expect(VERIFIED)
public class SemaphoreReleasedByAnother implements Runnable {
    private final Semaphore done = new Semaphore(0);
    private int result;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            result = 42;
            done.release();
        }, "worker");
        worker.start();
        done.acquireUninterruptibly();
        if (result != 42) {
            throw new AssertionError("result " + result);
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
