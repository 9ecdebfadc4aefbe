package tcheck.scenarios.pcplock;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ItemLedgerTest {
    @Test
    void everyItemOutOnceIsFine() {
        ItemLedger l = new ItemLedger(List.of(1, 2, 3));
        l.taken("C1", 2);
        l.taken("C2", 1);
        l.left(List.of(3));
        assertNull(l.problem(true));
        assertEquals("item 3 never taken: still in items at the end", l.problem(false));
    }

    @Test
    void findsDuplicatesLossesAndInventions() {
        ItemLedger dup = new ItemLedger(List.of(1));
        dup.taken("C1", 1);
        dup.taken("C2", 1);
        assertEquals("item 1 came out 2 times: taken by C1, taken by C2 (duplicate)", dup.problem(true));

        ItemLedger lost = new ItemLedger(List.of(1, 2));
        lost.taken("C1", 1);
        assertEquals("item 2 lost: put, but never taken and not left in items", lost.problem(true));

        ItemLedger invented = new ItemLedger(List.of(1));
        invented.taken("C1", 1);
        invented.taken("C1", 7);
        assertEquals("item 7 taken by C1 but never put", invented.problem(true));
    }
}
