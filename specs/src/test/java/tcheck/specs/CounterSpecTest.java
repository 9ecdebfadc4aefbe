package tcheck.specs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterSpecTest {
    private final CounterSpec spec = new CounterSpec();

    @Test
    void incrementsThenGetReturnsTheCount() {
        SpecModel<Integer> m = new SpecModel<>(spec);
        m.call("increment");
        m.call("increment");
        assertEquals(2, m.call("get"));
        assertEquals(2, m.state());
    }

    @Test
    void stepRejectsAGetThatLostAnIncrement() {
        Integer afterTwo = spec.step(spec.step(0, "increment", List.of(), null).orElseThrow(),
                "increment", List.of(), null).orElseThrow();
        assertTrue(spec.step(afterTwo, "get", List.of(), 1).isEmpty());
        assertEquals(2, spec.step(afterTwo, "get", List.of(), 2L).orElseThrow()); // Long observed is fine
    }

    @Test
    void voidOperationMustObserveNull() {
        assertTrue(spec.step(0, "increment", List.of(), "ok").isEmpty());
    }

    @Test
    void unknownOperationOrArgumentsAreCallerErrors() {
        assertThrows(IllegalArgumentException.class, () -> spec.apply(0, "decrement", List.of()));
        assertThrows(IllegalArgumentException.class, () -> spec.apply(0, "increment", List.of(1)));
    }
}
