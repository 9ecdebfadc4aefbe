package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentHashMap;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads increment a counter kept in a {@code ConcurrentHashMap} with {@code get} then
 * {@code put}. Each call is atomic but the pair is not: both can read 0 and both write 1. A real JVM
 * loses an update this way (an invariant violation; the map itself is thread-safe, so there is no
 * data race to report instead).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class ChmGetThenPut implements Runnable {
    private final ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();

    private void work(int me) {
        Integer old = map.get("k");
        map.put("k", old == null ? 1 : old + 1);
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
        if (map.get("k") != 2) {
            throw new AssertionError("count " + map.get("k") + ": lost update");
        }
    }
}
