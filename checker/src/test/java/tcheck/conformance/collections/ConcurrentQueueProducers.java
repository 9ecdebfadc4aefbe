package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentLinkedQueue;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads {@code offer} into a {@code ConcurrentLinkedQueue}; after the joins main polls
 * everything. The queue is lock-free and linearizable: both items are there, each once, on every
 * JVM. Correct, verified.
 */
@Expect(VERIFIED)
public class ConcurrentQueueProducers implements Runnable {
    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();

    private void work(int me) {
        queue.offer(me + 1);
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> work(0), "A");
        Thread b = new Thread(() -> work(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        int sum = 0;
        for (Integer v = queue.poll(); v != null; v = queue.poll()) {
            sum += v;
        }
        if (sum != 3) {
            throw new AssertionError("sum " + sum);
        }
    }
}
