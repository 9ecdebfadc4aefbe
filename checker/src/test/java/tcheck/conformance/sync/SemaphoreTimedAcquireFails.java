package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A {@code Semaphore(0)} that nobody releases: {@code tryAcquire(20 ms)} must time out and return
 * false (the program asserts it), and must not be reported as a deadlock. Correct on every JVM:
 * verified.
 */
@Expect(VERIFIED)
public class SemaphoreTimedAcquireFails implements Runnable {
    private final Semaphore sem = new Semaphore(0);
    private volatile boolean got = true;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                got = sem.tryAcquire(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (got) {
            throw new AssertionError("tryAcquire got a permit nobody released");
        }
    }
}
