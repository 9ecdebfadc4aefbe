package tcheck.specs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotSpecTest {
    private final SnapshotSpec spec = new SnapshotSpec();

    @Test
    void readReturnsTheLatestWholeVersion() {
        SpecModel<Snapshot> m = new SpecModel<>(spec);
        assertEquals(Snapshot.of(0), m.call("read"));
        m.call("publish", 1, new int[]{1, 2});
        m.call("publish", 2, List.of(3, 4));
        assertEquals(Snapshot.of(2, 3, 4), m.call("read"));
    }

    @Test
    void tornReadIsImpossible() {
        Snapshot v1 = Snapshot.of(1, 1, 2);
        assertTrue(spec.step(v1, "read", List.of(), Snapshot.of(1, 1, 4)).isEmpty());
        assertTrue(spec.step(v1, "read", List.of(), Snapshot.of(1, 1, 2)).isPresent());
    }

    @Test
    void awaitNewerWaitsUntilANewerVersionExists() {
        Snapshot v1 = Snapshot.of(1, 1, 2);
        assertTrue(spec.apply(v1, "awaitNewer", List.of(1)).isEmpty(), "same version again: the reader waits");
        assertEquals(v1, spec.apply(v1, "awaitNewer", List.of(0)).orElseThrow().output());
    }
}
