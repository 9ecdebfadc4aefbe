package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.PriorityBlockingQueue;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two producers put 2 and 1 into a {@code PriorityBlockingQueue}; the consumer takes twice and
 * assumes it gets them in priority order 1, 2. Priority order only holds among the elements present
 * at the take: if the consumer takes 2 before 1 has been put, it sees 2 first. A real JVM shows
 * it: an invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class PriorityQueueOrderAssumed implements Runnable {
    private final PriorityBlockingQueue<Integer> queue = new PriorityBlockingQueue<>();
    private volatile int first;

    @Override
    public void run() {
        Thread p2 = new Thread(() -> queue.put(2), "P2");
        Thread p1 = new Thread(() -> queue.put(1), "P1");
        Thread consumer = new Thread(() -> {
            try {
                first = queue.take();
                queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "consumer");
        p2.start();
        p1.start();
        consumer.start();
        try {
            p2.join();
            p1.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (first != 1) {
            throw new AssertionError("took " + first + " first: the smaller item was not there yet");
        }
    }
}
