package tcheck.checker.explorer.jdkfixtures;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A producer puts two items into a queue of capacity one, a consumer takes both: blocking both ways. */
public class QueueHandOff implements Runnable {
    private final BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
    private int sum;

    @Override
    public void run() {
        Thread producer = new Thread(() -> {
            try {
                queue.put(1);
                queue.put(2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "P");
        Thread consumer = new Thread(() -> {
            try {
                sum += queue.take();
                sum += queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "C");
        producer.start();
        consumer.start();
        try {
            producer.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sum != 3) {
            throw new AssertionError("sum " + sum);
        }
    }
}
