package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.CountDownLatch;

/**
 * Main spins on {@code getCount()} until the worker counts down, then reads a result the worker
 * writes only after counting down. The first schedule that shows it lets main spin a long while
 * before the worker runs; the laps of the spin teach nothing and shrinking drops them.
 */
public class SpinsUntilCountedDown implements Runnable {
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
