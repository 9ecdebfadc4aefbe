package tcheck.checker.explorer.search;

import java.util.Arrays;

/**
 * Dijkstra's queue of (cost, key) pairs for {@link CheapestLasso}, on primitive arrays: a binary heap
 * ordered by cost alone that takes and gives its entries in exactly the order a
 * {@code java.util.PriorityQueue} of {@code long[] {cost, key}} with a comparator on the cost does, so
 * that among equally cheap entries the same one comes first and the lasso found is the same one.
 * The lap search of a large map queues hundreds of thousands of entries: an array each and a
 * comparator call per comparison were most of its time.
 */
final class CostQueue {
    private long[] costs = new long[64];
    private long[] keys = new long[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The cost of the entry {@link #pop} removes next. */
    long topCost() {
        return costs[0];
    }

    /** The key of the entry {@link #pop} removes next. */
    long topKey() {
        return keys[0];
    }

    /** PriorityQueue.offer: at the end, then up past every parent that costs more. */
    void add(long cost, long key) {
        if (size == costs.length) {
            costs = Arrays.copyOf(costs, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (cost >= costs[parent]) {
                break;
            }
            costs[k] = costs[parent];
            keys[k] = keys[parent];
            k = parent;
        }
        costs[k] = cost;
        keys[k] = key;
    }

    /**
     * PriorityQueue.poll: the last entry to the top, then down in place of the cheaper child (the left one
     * when both cost the same) while that child costs less.
     */
    void pop() {
        int n = --size;
        if (n == 0) {
            return;
        }
        long cost = costs[n];
        long key = keys[n];
        int k = 0;
        int half = n >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < n && costs[child] > costs[right]) {
                child = right;
            }
            if (cost <= costs[child]) {
                break;
            }
            costs[k] = costs[child];
            keys[k] = keys[child];
            k = child;
        }
        costs[k] = cost;
        keys[k] = key;
    }
}
