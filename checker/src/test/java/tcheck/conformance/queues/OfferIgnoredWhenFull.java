package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two producers {@code offer} one item each into an {@code ArrayBlockingQueue} of capacity 1 and
 * ignore the result; the consumer {@code take}s twice. When both offers run before the first take,
 * the second offer returns false and its item is dropped, so the consumer's second take waits
 * forever: a deadlock a real JVM shows.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class OfferIgnoredWhenFull implements Runnable {
    private final BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);

    @Override
    public void run() {
        Thread p1 = new Thread(() -> queue.offer(1), "P1");
        Thread p2 = new Thread(() -> queue.offer(2), "P2");
        Thread consumer = new Thread(() -> {
            try {
                queue.take();
                queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "consumer");
        p1.start();
        p2.start();
        consumer.start();
        try {
            p1.join();
            p2.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
