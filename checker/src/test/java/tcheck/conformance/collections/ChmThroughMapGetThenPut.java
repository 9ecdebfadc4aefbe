package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * {@code ChmGetThenPut} through a {@code java.util.Map} reference: the lost update is the same bug
 * on every JVM and must be reported as the invariant violation it is, not as a data race (the map
 * is a {@code ConcurrentHashMap}).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class ChmThroughMapGetThenPut implements Runnable {
    private final Map<String, Integer> map = new ConcurrentHashMap<>();

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
