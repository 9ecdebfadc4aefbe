package tcheck.specs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedBufferSpecTest {
    private final BoundedBufferSpec spec = new BoundedBufferSpec(2);

    @Test
    void takesInFifoOrder() {
        SpecModel<BoundedBufferSpec.Items> m = new SpecModel<>(spec);
        m.call("put", 1);
        m.call("put", 2);
        assertEquals(1, m.call("take"));
        assertEquals(2, m.call("take"));
    }

    @Test
    void takeOnEmptyIsNotEnabled() {
        assertTrue(spec.apply(spec.init(), "take", List.of()).isEmpty());
        assertThrows(SpecModel.NotEnabledException.class, () -> new SpecModel<>(spec).call("take"));
    }

    @Test
    void putOnFullIsNotEnabled() {
        assertTrue(spec.apply(BoundedBufferSpec.Items.of(1, 2), "put", List.of(3)).isEmpty());
        assertTrue(BoundedBufferSpec.unbounded().apply(BoundedBufferSpec.Items.of(1, 2), "put", List.of(3)).isPresent());
    }

    @Test
    void pollReturnsNullWhenEmptyAndNeverBlocks() {
        SpecModel<BoundedBufferSpec.Items> m = new SpecModel<>(BoundedBufferSpec.unbounded());
        assertNull(m.call("poll"));
        m.call("put", 7);
        assertEquals(7, m.call("poll"));
        assertNull(m.call("poll"));
    }

    @Test
    void anObservedExceptionIsNoLegalOutput() {
        assertTrue(spec.step(spec.init(), "poll", List.of(), new java.util.NoSuchElementException()).isEmpty());
    }

    @Test
    void takeReturningTheWrongItemIsImpossible() {
        assertTrue(spec.step(BoundedBufferSpec.Items.of(1, 2), "take", List.of(), 2).isEmpty());
    }

    @Test
    void statesAreValuesForMemoization() {
        assertEquals(BoundedBufferSpec.Items.of(1), spec.step(spec.init(), "put", List.of(1), null).orElseThrow());
        assertEquals(BoundedBufferSpec.Items.of(1).hashCode(), new BoundedBufferSpec.Items(List.of(1)).hashCode());
    }
}
