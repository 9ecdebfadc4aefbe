package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A producer calls {@code offer(1)} on a {@code SynchronousQueue}, which succeeds only if a
 * consumer is already waiting, and assumes it succeeded; the consumer polls with a timeout. When
 * the producer offers before the consumer polls (a real JVM schedules that freely), the offer
 * returns false and the assertion fails: an invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class SynchronousOfferWithoutTaker implements Runnable {
    private final SynchronousQueue<Integer> queue = new SynchronousQueue<>();
    private volatile boolean offered;

    @Override
    public void run() {
        Thread producer = new Thread(() -> offered = queue.offer(1), "producer");
        Thread consumer = new Thread(() -> {
            try {
                queue.poll(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "consumer");
        consumer.start();
        producer.start();
        try {
            producer.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!offered) {
            throw new AssertionError("offer() found no waiting consumer and returned false");
        }
    }
}
