package tcheck.checker.linearizability;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tcheck.checker.linearizability.Histories.op;

class HistoryTest {
    @Test
    void builderNumbersEventsInCallOrderAndLeavesUnansweredCallsPending() {
        History.Builder b = History.builder();
        int put = b.invoke("P", "put", 1);
        int take = b.invoke("C", "take");
        b.respond(put, null);
        History h = b.build();
        assertEquals(List.of("P", "C"), h.threads());
        OperationRecord p = h.operations().get(0);
        assertEquals(1, p.invocation());
        assertEquals(3, p.response());
        assertTrue(h.operations().get(1).pending());
        assertEquals(1, h.completedCount());
        assertEquals("take() -> pending", h.operations().get(1).toString());
    }

    @Test
    void aThreadRunsOneOperationAtATime() {
        assertThrows(IllegalArgumentException.class, () -> History.of(
                op("T1", 1, 4, "increment", null),
                op("T1", 2, 3, "get", 0)));
    }

    @Test
    void eventPositionsAreUnique() {
        assertThrows(IllegalArgumentException.class, () -> History.of(
                op("T1", 1, 2, "increment", null),
                op("T2", 2, 3, "get", 0)));
    }

    @Test
    void responseMustFollowInvocation() {
        assertThrows(IllegalArgumentException.class, () -> op("T1", 3, 3, "get", 0));
    }

    @Test
    void tableShowsThreadsAsColumnsAndOverlapsAsBrackets() {
        String table = History.of(
                op("T1", 1, 3, "increment", null),
                op("T2", 2, 4, "increment", null),
                op("T1", 5, 6, "get", 2)).toString();
        System.out.println(table);
        String[] lines = table.split("\n");
        assertTrue(lines[1].contains("T1") && lines[1].contains("T2"), table);
        assertTrue(lines[2].contains("/ increment()"), table);
        assertTrue(lines[4].contains("\\ increment() -> null"), table);
        assertTrue(lines[6].contains("get() -> 2"), table);
    }
}
