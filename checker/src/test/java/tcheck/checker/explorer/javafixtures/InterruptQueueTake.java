package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.LinkedBlockingQueue;

/** A thread blocked in the JDK's own LinkedBlockingQueue.take(): interrupt() ends it with InterruptedException. */
public class InterruptQueueTake implements Runnable {
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    volatile boolean interrupted;

    @Override
    public void run() {
        Thread taker = new Thread(() -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                interrupted = !Thread.currentThread().isInterrupted();
            }
        }, "taker");
        taker.start();
        taker.interrupt();
        try {
            taker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!interrupted) {
            throw new AssertionError("take() did not end with InterruptedException and a cleared flag");
        }
    }
}
