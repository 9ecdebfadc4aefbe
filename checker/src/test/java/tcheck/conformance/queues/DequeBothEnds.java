package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.LinkedBlockingDeque;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A {@code LinkedBlockingDeque} of capacity 2: one thread {@code putFirst}s 1 and 2, the other
 * {@code takeLast}s twice. Whatever the interleaving, the taker gets each item exactly once and
 * nothing is left: correct, verified (or bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class DequeBothEnds implements Runnable {
    private final LinkedBlockingDeque<Integer> deque = new LinkedBlockingDeque<>(2);
    private int sum;

    @Override
    public void run() {
        Thread pusher = new Thread(() -> {
            try {
                deque.putFirst(1);
                deque.putFirst(2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "pusher");
        Thread taker = new Thread(() -> {
            try {
                sum += deque.takeLast();
                sum += deque.takeLast();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "taker");
        pusher.start();
        taker.start();
        try {
            pusher.join();
            taker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sum != 3 || !deque.isEmpty()) {
            throw new AssertionError("sum " + sum + ", left " + deque);
        }
    }
}
