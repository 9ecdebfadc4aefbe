package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.LinkedHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The same map as {@link LruCacheReadUnderAReadLock} in insertion order, the default: its {@code get} only
 * reads, so two readers under the shared read lock are fine. Verified, no data race.
 */
@Expect(VERIFIED)
public class InsertionOrderedMapReadUnderAReadLock implements Runnable {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final LinkedHashMap<String, Integer> map = new LinkedHashMap<>();

    private Integer get(String key) {
        lock.readLock().lock();
        try {
            return map.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void run() {
        map.put("a", 1);
        map.put("b", 2);
        Thread x = new Thread(() -> get("a"), "x");
        Thread y = new Thread(() -> get("b"), "y");
        x.start();
        y.start();
        try {
            x.join();
            y.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (map.size() != 2) {
            throw new AssertionError("size " + map.size());
        }
    }
}
