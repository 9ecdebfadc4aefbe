package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A {@code Collections.synchronizedMap}'s key set locks the map, not itself: iterating the keys
 * inside {@code synchronized (map)} excludes the other thread's {@code put}, as the Javadoc says.
 * Verified.
 */
@Expect(VERIFIED)
public class SynchronizedMapViewIteratedUnderMapLock implements Runnable {
    private final Map<Integer, Integer> map = Collections.synchronizedMap(new HashMap<>(Map.of(1, 1, 2, 2)));

    @Override
    public void run() {
        int[] sum = new int[1];
        Thread putter = new Thread(() -> map.put(3, 3), "putter");
        Thread reader = new Thread(() -> {
            synchronized (map) {
                for (int k : map.keySet()) {
                    sum[0] += k;
                }
            }
        }, "reader");
        putter.start();
        reader.start();
        try {
            putter.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sum[0] != 3 && sum[0] != 6) {
            throw new AssertionError("sum " + sum[0]);
        }
    }
}
