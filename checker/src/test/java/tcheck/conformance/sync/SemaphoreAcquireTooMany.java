package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Semaphore;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A {@code Semaphore(1)}: one thread asks for 2 permits while the other only ever releases the one
 * it acquired. Permits never reach 2 while the first waits, so it blocks forever on every JVM and
 * main waits to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class SemaphoreAcquireTooMany implements Runnable {
    private final Semaphore sem = new Semaphore(1);

    @Override
    public void run() {
        Thread greedy = new Thread(() -> {
            try {
                sem.acquire(2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            sem.release(2);
        }, "greedy");
        Thread modest = new Thread(() -> {
            sem.acquireUninterruptibly();
            sem.release();
        }, "modest");
        greedy.start();
        modest.start();
        try {
            greedy.join();
            modest.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
