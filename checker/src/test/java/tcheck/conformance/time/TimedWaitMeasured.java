package tcheck.conformance.time;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The textbook timed {@code wait}: wait in a loop until a flag is set or 40 ms have passed by
 * {@code System.nanoTime()}, recomputing the time left. Nobody sets the flag, so it returns after
 * at least 40 ms on every JVM. Correct: verified. Without a clock that advances with timed waits,
 * the loop never ends (a false livelock or a bound) or ends early.
 */
@Expect(VERIFIED)
public class TimedWaitMeasured implements Runnable {
    private final Object m = new Object();
    private boolean flag;
    private volatile long waitedNanos = -1;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            long deadline = start + 40_000_000L;
            synchronized (m) {
                long left;
                while (!flag && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        m.wait(Math.max(1, left / 1_000_000L));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            waitedNanos = System.nanoTime() - start;
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (waitedNanos < 40_000_000L) {
            throw new AssertionError("waited " + waitedNanos + " ns of 40 ms");
        }
    }
}
