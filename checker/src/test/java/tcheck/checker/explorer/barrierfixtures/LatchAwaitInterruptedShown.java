package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.CountDownLatch;

/**
 * A worker waits on a latch nobody counts down; main waits until it has arrived, interrupts it, and
 * then fails on purpose, so that the trace is shown: the await ends by the interrupt.
 */
public class LatchAwaitInterruptedShown implements Runnable {
    private final CountDownLatch never = new CountDownLatch(1);
    private volatile boolean arrived;
    private volatile boolean interrupted;

    @Override
    public void run() {
        Thread w = new Thread(() -> {
            arrived = true;
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }, "W");
        w.start();
        while (!arrived) {
            Thread.yield();
        }
        w.interrupt();
        try {
            w.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (interrupted) {
            throw new AssertionError("the await was interrupted, as planned");
        }
    }
}
