package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread throws inside a {@code synchronized} block and catches the exception outside it. The JVM
 * releases the monitor when the exception leaves the block, so the other thread's
 * {@code synchronized} block on the same object is entered, and both updates are there: correct,
 * verified.
 */
@Expect(VERIFIED)
public class MonitorReleasedOnException implements Runnable {
    private final Object m = new Object();
    private int count;

    @Override
    public void run() {
        Thread thrower = new Thread(() -> {
            try {
                synchronized (m) {
                    count++;
                    if (count > 0) {
                        throw new IllegalStateException("inside the monitor");
                    }
                }
            } catch (IllegalStateException expected) {
                // the monitor was released on the way out
            }
        }, "thrower");
        Thread other = new Thread(() -> {
            synchronized (m) {
                count++;
            }
        }, "other");
        thrower.start();
        other.start();
        try {
            thrower.join();
            other.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (m) {
            if (count != 2) {
                throw new AssertionError("count " + count);
            }
        }
    }
}
