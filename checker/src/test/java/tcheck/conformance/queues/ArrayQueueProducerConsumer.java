package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A producer {@code put}s 1, 2, 3 into an {@code ArrayBlockingQueue} of capacity 1 and a consumer
 * {@code take}s three times. put blocks while full, take while empty, FIFO order holds: the
 * consumer sees 1, 2, 3 on every JVM. Correct: verified (or bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class ArrayQueueProducerConsumer implements Runnable {
    private final BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
    private final int[] seen = new int[3];

    @Override
    public void run() {
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 3; i++) {
                    queue.put(i);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "producer");
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    seen[i] = queue.take();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "consumer");
        producer.start();
        consumer.start();
        try {
            producer.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen[0] != 1 || seen[1] != 2 || seen[2] != 3) {
            throw new AssertionError("seen " + seen[0] + "," + seen[1] + "," + seen[2]);
        }
    }
}
