package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentHashMap;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads append to a per-key list with {@code compute}, which runs the remapping function
 * atomically for the key: both appends are kept on every JVM. Correct, verified.
 */
@Expect(VERIFIED)
public class ChmCompute implements Runnable {
    private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();

    private void work(int me) {
        map.compute("k", (k, v) -> v == null ? "" + me : v + me);
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
        String v = map.get("k");
        if (!"01".equals(v) && !"10".equals(v)) {
            throw new AssertionError("value " + v);
        }
    }
}
