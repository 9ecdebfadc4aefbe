package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentLinkedQueue;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * One item in a {@code ConcurrentLinkedQueue}; each of two threads checks {@code !isEmpty()} and
 * then {@code poll()}s and unboxes the result. Both can see the queue non-empty, and the second poll
 * returns null: a NullPointerException on unboxing, an uncaught exception a real JVM shows.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class ConcurrentQueueIsEmptyThenPoll implements Runnable {
    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>(java.util.List.of(5));
    private final java.util.concurrent.atomic.AtomicInteger sum = new java.util.concurrent.atomic.AtomicInteger();

    private void work(int me) {
        if (!queue.isEmpty()) {
            int v = queue.poll();
            sum.addAndGet(v);
        }
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
        if (sum.get() != 5) {
            throw new AssertionError("sum " + sum.get());
        }
    }
}
