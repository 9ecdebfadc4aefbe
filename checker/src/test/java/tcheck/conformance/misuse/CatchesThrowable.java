package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A defensive consumer wraps each take in {@code catch (Throwable t)} and keeps going, as some
 * server loops do; it stops at the poison value -1. The program is correct on every JVM (sum 3).
 * The checker's own control flow (an execution it abandons, a step bound) must not be swallowed by
 * the program's catch and turned into a hang, an error or a false alarm: verified, or bounded.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class CatchesThrowable implements Runnable {
    private final List<Integer> items = new ArrayList<>();
    private int sum;

    private int take() throws InterruptedException {
        synchronized (items) {
            while (items.isEmpty()) {
                items.wait();
            }
            return items.remove(0);
        }
    }

    private void put(int v) {
        synchronized (items) {
            items.add(v);
            items.notifyAll();
        }
    }

    @Override
    public void run() {
        Thread consumer = new Thread(() -> {
            while (true) {
                try {
                    int v = take();
                    if (v < 0) {
                        return;
                    }
                    sum += v;
                } catch (Throwable t) {
                    // "never let the consumer die"
                }
            }
        }, "consumer");
        consumer.start();
        put(1);
        put(2);
        put(-1);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sum != 3) {
            throw new AssertionError("sum " + sum);
        }
    }
}
