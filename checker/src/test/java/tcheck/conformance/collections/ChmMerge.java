package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentHashMap;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * The fix of {@code ChmGetThenPut}: {@code merge("k", 1, Integer::sum)} is one atomic
 * read-modify-write in {@code ConcurrentHashMap}, so both increments are kept on every JVM, with no
 * data race: verified.
 */
@Expect(VERIFIED)
public class ChmMerge implements Runnable {
    private final ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();

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
