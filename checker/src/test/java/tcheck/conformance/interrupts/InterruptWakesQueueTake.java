package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.LinkedBlockingQueue;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A consumer blocks in {@code take()} on a queue nobody fills; main interrupts it (the usual way to
 * stop a consumer). {@code take()} throws {@code InterruptedException}. Correct on every JVM:
 * verified.
 */
@Expect(VERIFIED)
public class InterruptWakesQueueTake implements Runnable {
    private final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
    private volatile boolean stopped;

    @Override
    public void run() {
        Thread consumer = new Thread(() -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                stopped = true;
            }
        }, "consumer");
        consumer.start();
        consumer.interrupt();
        try {
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!stopped) {
            throw new AssertionError("take() returned from an empty queue");
        }
    }
}
