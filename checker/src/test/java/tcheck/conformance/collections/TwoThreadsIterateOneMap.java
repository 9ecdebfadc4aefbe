package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.HashMap;
import java.util.Map;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads iterate one {@code HashMap} that nobody changes after it was filled (before the threads
 * started): reads only, each with an iterator of its own, so nothing races. Correct on every JVM; a
 * checker that takes an iterator's {@code next} for a change of the map reports a race that is not
 * there.
 */
@Expect(VERIFIED)
public class TwoThreadsIterateOneMap implements Runnable {
    private final Map<String, Integer> map = new HashMap<>(Map.of("a", 1, "b", 2));

    @Override
    public void run() {
        int[] sums = new int[2];
        Thread first = new Thread(() -> map.values().forEach(v -> sums[0] += v), "first");
        Thread second = new Thread(() -> {
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                sums[1] += e.getValue();
            }
        }, "second");
        first.start();
        second.start();
        try {
            first.join();
            second.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sums[0] != 3 || sums[1] != 3) {
            throw new AssertionError("sums " + sums[0] + ", " + sums[1]);
        }
    }
}
