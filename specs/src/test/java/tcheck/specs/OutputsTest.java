package tcheck.specs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputsTest {
    @Test
    void integralNumbersCompareByValue() {
        assertTrue(Outputs.same(1, 1L));
        assertFalse(Outputs.same(1, 2));
        assertFalse(Outputs.same(1, "1"));
    }

    @Test
    void arraysAndListsCompareByContent() {
        assertTrue(Outputs.same(List.of(1, 2), new int[]{1, 2}));
        assertFalse(Outputs.same(List.of(1, 2), new int[]{2, 1}));
        assertEquals("[1, 2]", Outputs.show(new int[]{1, 2}));
    }

    @Test
    void nullOnlyEqualsNull() {
        assertTrue(Outputs.same(null, null));
        assertFalse(Outputs.same(null, 0));
        assertFalse(Outputs.same(false, null));
    }
}
