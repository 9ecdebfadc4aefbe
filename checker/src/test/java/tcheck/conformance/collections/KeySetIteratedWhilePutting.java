package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * One thread counts a {@code HashMap}'s keys through its {@code keySet()} while another puts a key.
 * The key set is a view: a different object, but every call on it (and on its iterator) reads the
 * map itself, so the two threads race on the map; on a real JVM the count misses the key or the
 * iterator throws {@code ConcurrentModificationException}. A checker that takes the view for an
 * object of its own sees two threads on two objects and finds nothing.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"exception", "data-race", "invariant"})
public class KeySetIteratedWhilePutting implements Runnable {
    private final Map<String, Integer> map = new HashMap<>(Map.of("a", 1, "b", 2));

    @Override
    public void run() {
        Set<String> keys = map.keySet();
        int[] counted = new int[1];
        Thread writer = new Thread(() -> map.put("c", 3), "writer");
        Thread counter = new Thread(() -> {
            for (String k : keys) {
                counted[0]++;
            }
        }, "counter");
        writer.start();
        counter.start();
        try {
            writer.join();
            counter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (counted[0] < 2) {
            throw new AssertionError("counted " + counted[0] + " keys");
        }
    }
}
