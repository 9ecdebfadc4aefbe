package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map a step keeps of the live threads' pending operations and clocks must answer as the
 * insertion-ordered hash map it replaced did: the searches iterate it in thread order, look threads
 * up in it (a terminated thread has no entry) and hash it into the state's fingerprint.
 */
class ByThreadTest {
    @Test
    void answersAsTheHashMapItReplacedForTheThreadsAliveOnly() {
        ByThread<String> m = new ByThread<>(5);
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (int t : new int[] {0, 2, 3}) { // threads 1 and 4 have ended: no entry
            m.put(t, "op" + t);
            expected.put(t, "op" + t);
        }
        assertEquals(expected, m);
        assertEquals(m, expected);
        assertEquals(expected.hashCode(), m.hashCode());
        assertEquals(3, m.size());
        assertFalse(m.isEmpty());
        assertEquals("op2", m.get(2));
        assertNull(m.get(1));
        assertNull(m.get(4));
        assertNull(m.get(7), "a thread beyond the execution's");
        assertNull(m.get(-1));
        assertNull(m.get("2"), "not a thread id");
        assertTrue(m.containsKey(3) && !m.containsKey(4));
        List<Integer> order = new ArrayList<>();
        m.forEach((t, op) -> order.add(t));
        assertEquals(List.of(0, 2, 3), order, "thread order, as the threads were listed");
    }

    @Test
    void anEmptyMapAndAReplacedValue() {
        ByThread<String> m = new ByThread<>(2);
        assertTrue(m.isEmpty());
        assertFalse(m.entrySet().iterator().hasNext());
        assertNull(m.put(1, "a"));
        assertEquals("a", m.put(1, "b"));
        assertEquals(Map.of(1, "b"), m);
        assertThrows(IllegalArgumentException.class, () -> m.put(0, null), "no entry stands for a thread without one");
        assertThrows(UnsupportedOperationException.class, () -> m.remove(1), "filled once, then only read");
    }
}
