package tcheck.checker.explorer.search;

import java.util.Arrays;

/**
 * What {@link CheapestLasso}'s search for a lap knows of each (state, last thread, threads moved, threads
 * enabled) key it has reached: the cheapest cost so far and the step it came by. Open addressing over
 * primitive arrays: the search meets hundreds of thousands of keys on a map of a few thousand states,
 * and boxed maps made it the costliest part of finding a livelock's lasso. Keys are never negative.
 */
final class LapTable {
    private static final long FREE = -1;

    private long[] keys;
    private long[] costs;
    private long[] previous;
    private int[] threads;
    private int size;

    LapTable() {
        allocate(1 << 10);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, FREE);
        costs = new long[capacity];
        previous = new long[capacity];
        threads = new int[capacity];
        size = 0;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The cheapest cost known for the key, or {@link Long#MAX_VALUE} when it was never reached. */
    long cost(long key) {
        int i = slot(key);
        return keys[i] == FREE ? Long.MAX_VALUE : costs[i];
    }

    /** A start of the lap: reached at this cost with no step before it. */
    void start(long key, long cost) {
        put(key, cost, FREE, -1);
    }

    /** Reached at this cost by {@code thread}'s step from {@code from}. */
    void reach(long key, long cost, long from, int thread) {
        put(key, cost, from, thread);
    }

    /** The key the cheapest way to this one came from, or -1 at a start. */
    long from(long key) {
        return previous[slot(key)];
    }

    /** The thread whose step reached the key the cheapest way, or -1 at a start. */
    int thread(long key) {
        return threads[slot(key)];
    }

    private void put(long key, long cost, long from, int thread) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key);
        if (keys[i] == FREE) {
            keys[i] = key;
            size++;
        }
        costs[i] = cost;
        previous[i] = from;
        threads[i] = thread;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCosts = costs;
        long[] oldPrevious = previous;
        int[] oldThreads = threads;
        allocate(oldKeys.length * 2);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                costs[i] = oldCosts[j];
                previous[i] = oldPrevious[j];
                threads[i] = oldThreads[j];
                size++;
            }
        }
    }
}
