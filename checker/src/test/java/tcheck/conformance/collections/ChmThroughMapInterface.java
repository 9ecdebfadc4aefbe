package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * The same atomic {@code merge} as {@code ChmMerge}, but the program holds the map as a plain
 * {@code java.util.Map}, as most code does. The object is still a {@code ConcurrentHashMap}, its
 * calls are thread-safe, so there is no data race and no lost update on any JVM: verified. A checker
 * that treats every {@code Map} call as an unsynchronized access cries wolf here.
 */
@Expect(VERIFIED)
public class ChmThroughMapInterface implements Runnable {
    private final Map<String, Integer> map = new ConcurrentHashMap<>();

    private void work(int me) {
        map.merge("k", 1, Integer::sum);
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
            throw new AssertionError("count " + map.get("k"));
        }
    }
}
