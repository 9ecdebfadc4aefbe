package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two consumers each take one item, waiting with {@code if (items.isEmpty()) wait()} instead of a
 * {@code while}; a producer adds two items, calling {@code notifyAll()} after each. Both consumers
 * can be woken by the first notifyAll: the first takes the item and the second, not re-checking,
 * calls {@code remove(0)} on an empty list. A real JVM shows the IndexOutOfBoundsException (an
 * uncaught exception) with no spurious wake-up needed.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class IfInsteadOfWhile implements Runnable {
    private final List<Integer> items = new ArrayList<>();

    private void consume() {
        synchronized (items) {
            if (items.isEmpty()) {
                try {
                    items.wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            items.remove(0);
        }
    }

    private void produce() {
        for (int i = 0; i < 2; i++) {
            synchronized (items) {
                items.add(i);
                items.notifyAll();
            }
        }
    }

    @Override
    public void run() {
        Thread c1 = new Thread(this::consume, "C1");
        Thread c2 = new Thread(this::consume, "C2");
        Thread p = new Thread(this::produce, "P");
        c1.start();
        c2.start();
        p.start();
        try {
            c1.join();
            c2.join();
            p.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
