package tcheck.conformance.time;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads each measure a 100 ms sleep with {@code System.currentTimeMillis()}. The wall clock
 * can be coarse, so the program allows 10 ms of granularity, and 90 ms or more pass on every JVM
 * (barring someone setting the system clock back, which a checker has no reason to simulate).
 * Correct: verified; the clock must be consistent for both threads.
 */
@Expect(VERIFIED)
public class CurrentTimeMillisAcrossSleep implements Runnable {
    private final long[] elapsed = new long[2];

    private void measure(int me) {
        long start = System.currentTimeMillis();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        elapsed[me] = System.currentTimeMillis() - start;
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> measure(0), "A");
        Thread b = new Thread(() -> measure(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (elapsed[0] < 90 || elapsed[1] < 90) {
            throw new AssertionError("slept 100 ms but measured " + elapsed[0] + " and " + elapsed[1] + " ms");
        }
    }
}
