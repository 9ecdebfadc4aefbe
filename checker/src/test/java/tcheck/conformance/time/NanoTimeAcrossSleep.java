package tcheck.conformance.time;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread reads {@code System.nanoTime()}, sleeps 50 ms, and reads it again; the difference is at
 * least 50 ms on every JVM ({@code sleep} never returns early without an interrupt). Correct:
 * verified. A checker that skips sleeps must advance the clock it shows the program, and must not
 * call the clock reading a source of nondeterminism.
 */
@Expect(VERIFIED)
public class NanoTimeAcrossSleep implements Runnable {
    private volatile long elapsedNanos = -1;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            elapsedNanos = System.nanoTime() - start;
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (elapsedNanos < 50_000_000L) {
            throw new AssertionError("slept 50 ms but only " + elapsedNanos + " ns passed");
        }
    }
}
