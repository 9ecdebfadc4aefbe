package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A producer puts two work items and then one poison pill per consumer into a
 * {@code LinkedBlockingQueue}; two consumers take until they see a pill and sum what they took.
 * Every item is taken exactly once and both consumers stop: correct on every JVM, verified (or
 * bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class LinkedQueuePoisonPill implements Runnable {
    private static final int PILL = -1;
    private final BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger sum = new AtomicInteger();

    private void consume() {
        try {
            for (int v = queue.take(); v != PILL; v = queue.take()) {
                sum.addAndGet(v);
            }
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
        try {
            queue.put(1);
            queue.put(2);
            queue.put(PILL);
            queue.put(PILL);
            c1.join();
            c2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sum.get() != 3) {
            throw new AssertionError("sum " + sum.get());
        }
    }
}
