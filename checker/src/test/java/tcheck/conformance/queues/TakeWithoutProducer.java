package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.LinkedBlockingQueue;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two consumers {@code take} from a {@code LinkedBlockingQueue} into which main puts a single item.
 * One consumer gets it; the other waits forever on every JVM, and main waits to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class TakeWithoutProducer implements Runnable {
    private final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

    private void consume() {
        try {
            queue.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void run() {
        Thread c1 = new Thread(this::consume, "C1");
        Thread c2 = new Thread(this::consume, "C2");
        c1.start();
        c2.start();
        queue.add(1);
        try {
            c1.join();
            c2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
