package tcheck.checker.explorer.search;

import org.junit.jupiter.api.Test;

import java.util.PriorityQueue;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lasso search's queue gives its entries in the order the JDK's priority queue with a comparator on
 * the cost gives them, ties included: among equally cheap entries the same one first, so the same lasso.
 */
class CostQueueTest {
    @Test
    void popsWhatAPriorityQueueOnTheCostPopsTiesIncluded() {
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            CostQueue queue = new CostQueue();
            PriorityQueue<long[]> expected = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            int costs = 1 + random.nextInt(20); // few distinct costs: ties everywhere
            long key = 0;
            int compared = 0;
            for (int op = 0; op < 5_000; op++) {
                if (expected.isEmpty() || random.nextInt(5) < 3) {
                    long cost = random.nextInt(costs);
                    queue.add(cost, key);
                    expected.add(new long[] {cost, key});
                    key++;
                } else {
                    long[] top = expected.poll();
                    assertEquals(top[0], queue.topCost(), "seed " + seed + ", operation " + op);
                    assertEquals(top[1], queue.topKey(), "the same one of equally cheap entries: seed " + seed + ", operation " + op);
                    queue.pop();
                    compared++;
                }
                assertEquals(expected.isEmpty(), queue.isEmpty());
            }
            while (!expected.isEmpty()) {
                long[] top = expected.poll();
                assertEquals(top[1], queue.topKey(), "draining: seed " + seed);
                queue.pop();
                compared++;
            }
            assertTrue(queue.isEmpty());
            assertTrue(compared > 2_000, "the queue grew and shrank: " + compared + " entries compared");
        }
    }
}
