package tcheck.specs.properties;

import org.junit.jupiter.api.Test;
import tcheck.specs.properties.SnapshotReadsProperty.Failure;
import tcheck.specs.properties.SnapshotReadsProperty.Tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotReadsPropertyTest {
    private static Map<String, List<int[]>> readers(List<int[]> first, List<int[]> second) {
        Map<String, List<int[]>> m = new LinkedHashMap<>();
        m.put("reader-1", first);
        m.put("reader-2", second);
        return m;
    }

    private static int[] r(int... elements) {
        return elements;
    }

    @Test
    void everyUpdateOnceAndWholeIsFine() {
        assertEquals(Optional.empty(), SnapshotReadsProperty.check(
                readers(List.of(r(1, 1), r(2, 2)), List.of(r(1, 1), r(2, 2))), 2));
    }

    @Test
    void skippingAnIntermediateUpdateIsFine() {
        assertEquals(Optional.empty(), SnapshotReadsProperty.check(
                readers(List.of(r(2, 2)), List.of(r(1, 1), r(2, 2))), 2));
    }

    @Test
    void aMixOfTwoUpdatesIsATornRead() {
        assertEquals(Optional.of(new Failure("torn-read", "reader-1 read [2, 1]: half of update 2, half of update 1")),
                SnapshotReadsProperty.check(readers(List.of(r(1, 1), r(2, 1)), List.of(r(2, 2))), 2));
    }

    @Test
    void tornReadsWinOverOtherFailuresOfEarlierReaders() {
        // reader-1 doubled, reader-2 tore: the torn read is the lesson, so it is reported
        Optional<Failure> f = SnapshotReadsProperty.check(
                readers(List.of(r(1, 1), r(1, 1)), List.of(r(2, 2, 1, 1))), 2);
        assertEquals("torn-read", f.orElseThrow().kind());
        assertEquals("reader-2 read [2, 2, 1, 1]: 2 of 4 elements from update 2, 2 of 4 elements from update 1",
                f.orElseThrow().message());
    }

    @Test
    void readingTheSameUpdateTwiceIsReported() {
        assertEquals(Optional.of(new Failure("invariant", "reader-2 read update 2 twice: [[2, 2], [2, 2]]")),
                SnapshotReadsProperty.check(readers(List.of(r(1, 1), r(2, 2)), List.of(r(2, 2), r(2, 2))), 2));
    }

    @Test
    void missingTheLastUpdateIsReported() {
        assertEquals(Optional.of(new Failure("invariant", "reader-1 missed the last update 2: read [[1, 1]]")),
                SnapshotReadsProperty.check(readers(List.of(r(1, 1)), List.of(r(2, 2))), 2));
        assertEquals(Optional.of(new Failure("invariant", "reader-1 missed the last update 2: read []")),
                SnapshotReadsProperty.check(readers(List.of(), List.of(r(2, 2))), 2));
    }

    @Test
    void unpublishedAndBackwardReadsAreReported() {
        assertEquals("reader-1 read [0, 0], which no update published (updates are 1..2)",
                SnapshotReadsProperty.check(readers(List.of(r(0, 0)), List.of()), 2).orElseThrow().message());
        assertEquals("reader-1 read update 1 after update 2: [[2, 2], [1, 1]]",
                SnapshotReadsProperty.check(readers(List.of(r(2, 2), r(1, 1)), List.of()), 2).orElseThrow().message());
    }

    @Test
    void wholeMeansAllElementsEqual() {
        assertTrue(SnapshotReadsProperty.isWhole(r(3, 3, 3)));
        assertTrue(SnapshotReadsProperty.isWhole(r()));
        assertFalse(SnapshotReadsProperty.isWhole(r(3, 3, 2)));
    }

    @Test
    void tallyCountsEveryKindOfFailure() {
        Tally t = SnapshotReadsProperty.tally(
                readers(List.of(r(1, 1), r(2, 1), r(1, 1)), List.of(r(2, 2), r(2, 2))), 2);
        assertEquals(new Tally(5, 1, 2, 1), t);
    }
}
