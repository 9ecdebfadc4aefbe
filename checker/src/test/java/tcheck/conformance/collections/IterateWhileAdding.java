package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * One thread iterates a plain {@code ArrayList} while another adds to it, without synchronization.
 * A real JVM can throw {@code ConcurrentModificationException} in the iterating thread, and the
 * calls race: either the exception or the data race is the right finding.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"exception", "data-race"})
public class IterateWhileAdding implements Runnable {
    private final List<Integer> list = new ArrayList<>(List.of(1, 2));
    private volatile int sum;

    @Override
    public void run() {
        Thread reader = new Thread(() -> {
            int s = 0;
            for (int v : list) {
                s += v;
            }
            sum = s;
        }, "reader");
        Thread writer = new Thread(() -> list.add(3), "writer");
        reader.start();
        writer.start();
        try {
            reader.join();
            writer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
