package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A worker adds to a shared total and counts a latch down; main waits a second for the latch and
 * asserts that the wait did not time out. A timed wait may end by its timeout before the worker ran
 * (as on a loaded machine): the assertion then objects to the timeout, not to the worker's addition.
 */
public class TimedAwaitAsserts implements Runnable {
    private final CountDownLatch done = new CountDownLatch(1);
    private int total;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            synchronized (this) {
                total += 2;
            }
            done.countDown();
        }, "worker");
        worker.start();
        boolean finished;
        try {
            finished = done.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!finished) {
            throw new AssertionError("the worker did not finish within a second");
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            if (total != 2) {
                throw new AssertionError("total " + total);
            }
        }
    }
}
