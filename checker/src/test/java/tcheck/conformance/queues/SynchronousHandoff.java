package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.SynchronousQueue;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A {@code SynchronousQueue} hand-off: a producer {@code put}s 7 (blocking until a consumer takes
 * it), main {@code take}s it. put and take meet on every JVM, whichever comes first: correct,
 * verified (or bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class SynchronousHandoff implements Runnable {
    private final SynchronousQueue<Integer> queue = new SynchronousQueue<>();

    @Override
    public void run() {
        Thread producer = new Thread(() -> {
            try {
                queue.put(7);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "producer");
        producer.start();
        try {
            int v = queue.take();
            producer.join();
            if (v != 7) {
                throw new AssertionError("took " + v);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
