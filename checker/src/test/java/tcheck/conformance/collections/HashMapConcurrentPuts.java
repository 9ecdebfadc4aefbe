package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.HashMap;
import java.util.Map;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads {@code put} different keys into a plain {@code HashMap} with no synchronization.
 * HashMap is not thread-safe: the calls race, and a real JVM can lose an entry or the size update.
 * A data race is the finding (or, if the checker looks inside, a lost entry or an exception).
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "invariant", "exception"})
public class HashMapConcurrentPuts implements Runnable {
    private final Map<Integer, Integer> map = new HashMap<>();

    private void work(int me) {
        map.put(me, me);
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
        if (map.size() != 2) {
            throw new AssertionError("size " + map.size());
        }
    }
}
