package tcheck.checker.explorer.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lap search's table against a plain map, over far more keys than it starts with room for. */
class LapTableTest {
    @Test
    void keepsWhatAMapKeepsThroughItsGrowth() {
        LapTable table = new LapTable();
        Map<Long, long[]> expected = new HashMap<>(); // key -> {cost, from, thread}
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // keys shaped as the search makes them, (state << 40) | (last << 32) | moved | seen; 0 among them
            long key = i == 0 ? 0 : ((long) random.nextInt(3_000) << 40) | ((long) random.nextInt(5) << 32) | random.nextInt(1 << 16);
            long cost = random.nextInt(1_000_000);
            if (random.nextInt(10) == 0) {
                table.start(key, cost);
                expected.put(key, new long[] {cost, -1, -1});
            } else {
                long from = random.nextInt(1 << 20);
                int thread = random.nextInt(4);
                table.reach(key, cost, from, thread);
                expected.put(key, new long[] {cost, from, thread});
            }
        }
        for (Map.Entry<Long, long[]> e : expected.entrySet()) {
            assertEquals(e.getValue()[0], table.cost(e.getKey()));
            assertEquals(e.getValue()[1], table.from(e.getKey()));
            assertEquals(e.getValue()[2], table.thread(e.getKey()));
        }
        assertEquals(Long.MAX_VALUE, table.cost(1L << 62), "a key never reached");
    }
}
