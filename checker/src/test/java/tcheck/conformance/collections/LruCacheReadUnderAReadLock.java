package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.LinkedHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * An LRU cache, a {@code LinkedHashMap} in access order, read under a read lock: its {@code get} moves the
 * entry to the end of the map's list, a write, so two readers who share the read lock change the list at
 * once (a real JVM corrupts the map now and then). A read lock is for code that only reads; what reads is
 * a question about the object, not about the method's name.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "invariant", "exception"})
public class LruCacheReadUnderAReadLock implements Runnable {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final LinkedHashMap<String, Integer> cache = new LinkedHashMap<>(16, 0.75f, true);

    private Integer get(String key) {
        lock.readLock().lock();
        try {
            return cache.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void run() {
        cache.put("a", 1);
        cache.put("b", 2);
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
        if (cache.size() != 2) {
            throw new AssertionError("size " + cache.size());
        }
    }
}
