package tcheck.specs.properties;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhilosophersPropertyTest {
    private static final String[] NAMES = {"phil-0", "phil-1", "phil-2"};

    @Test
    void neighboursWrapRoundTheTable() {
        assertEquals(2, PhilosophersProperty.leftNeighbour(0, 3));
        assertEquals(1, PhilosophersProperty.rightNeighbour(0, 3));
        assertEquals(0, PhilosophersProperty.rightNeighbour(2, 3));
        // two at a table: the same neighbour on both sides
        assertEquals(1, PhilosophersProperty.leftNeighbour(0, 2));
        assertEquals(1, PhilosophersProperty.rightNeighbour(0, 2));
    }

    @Test
    void eatingWithBothForksAndQuietNeighboursIsFine() {
        assertNull(PhilosophersProperty.clashWhileEating("phil-1", 1, 3, "phil-1", "phil-1",
                "phil-0", false, "phil-2", false));
    }

    @Test
    void eatingWithoutAForkIsAClash() {
        assertEquals("phil-1 ate without holding its left fork fork-1 (held by phil-0)",
                PhilosophersProperty.clashWhileEating("phil-1", 1, 3, "phil-0", "phil-1",
                        "phil-0", false, "phil-2", false));
        assertEquals("phil-2 ate without holding its right fork fork-0 (held by nobody)",
                PhilosophersProperty.clashWhileEating("phil-2", 2, 3, "phil-2", null,
                        "phil-1", false, "phil-0", false));
    }

    @Test
    void eatingNextToAnEatingNeighbourIsAClash() {
        assertEquals("phil-1 ate while its neighbour phil-2 was eating",
                PhilosophersProperty.clashWhileEating("phil-1", 1, 3, "phil-1", "phil-1",
                        "phil-0", false, "phil-2", true));
        assertEquals("phil-1 ate while its neighbour phil-0 was eating",
                PhilosophersProperty.clashWhileEating("phil-1", 1, 3, "phil-1", "phil-1",
                        "phil-0", true, "phil-2", false));
    }

    @Test
    void everyoneFedAndNoClashPasses() {
        assertEquals(Optional.empty(),
                PhilosophersProperty.check(NAMES, new int[]{2, 2, 2}, 2, new String[3]));
    }

    @Test
    void aHungryPhilosopherIsReported() {
        assertEquals(Optional.of("phil-1 ate 0 of 1 meals"),
                PhilosophersProperty.check(NAMES, new int[]{1, 0, 1}, 1, new String[3]));
    }

    @Test
    void aRecordedClashIsReportedFirst() {
        String[] clashes = {null, null, "phil-2 ate while its neighbour phil-0 was eating"};
        assertEquals(Optional.of(clashes[2]),
                PhilosophersProperty.check(NAMES, new int[]{1, 0, 1}, 1, clashes));
    }

    @Test
    void mismatchedArraysAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PhilosophersProperty.check(NAMES, new int[2], 1, new String[3]));
    }
}
