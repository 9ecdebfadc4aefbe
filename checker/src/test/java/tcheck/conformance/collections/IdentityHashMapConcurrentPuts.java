package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.IdentityHashMap;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@link HashMapConcurrentPuts} with an {@code IdentityHashMap} typed as itself: no more
 * thread-safe than a {@code HashMap} (its puts race on the table and the size), whatever the
 * variable's declared type. A checker that knows only the usual collection types waves it through.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "invariant", "exception"})
public class IdentityHashMapConcurrentPuts implements Runnable {
    private final IdentityHashMap<String, Integer> map = new IdentityHashMap<>();

    @Override
    public void run() {
        Thread a = new Thread(() -> map.put("a", 0), "A");
        Thread b = new Thread(() -> map.put("b", 1), "B");
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
