package tcheck.specs.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What readers of a published, versioned data set may see, as a pure function over what each
 * reader recorded (no threads here). It re-states the promise the seed's Event example
 * ({@code 002_e91a849d01495b10.txt} lines 572-610) makes without saying so: a reader woken by an
 * update reads <em>that update</em>.
 *
 * <p>Convention: update {@code v} (v = 1, 2, ...) writes the value {@code v} into every element, so
 * a read is <em>whole</em> when all its elements are equal, and its version is that value. A read
 * {@code [2, 1]} took half its elements from update 2 and half from update 1: a torn read.
 *
 * <p>The properties, checked in this order, each reader in turn:
 * <ol>
 *   <li>every read is a whole update (else kind "torn-read");</li>
 *   <li>it is a published update, 1..last (else "invariant");</li>
 *   <li>a reader never goes back to an older update (else "invariant");</li>
 *   <li>a reader reads each update at most once (else "invariant": it read the same one twice,
 *       so it took a stale flag for a new update);</li>
 *   <li>a reader reads the last update at least once (else "invariant": it missed it).</li>
 * </ol>
 * Skipping an intermediate update is allowed: a reader that was busy while two updates were
 * published sees only the newer one, which is what a snapshot promises.
 */
public final class SnapshotReadsProperty {
    private SnapshotReadsProperty() {
    }

    /** A broken property: the results-contract kind ("torn-read" or "invariant") and one line. */
    public record Failure(String kind, String message) {
        static Failure invariant(String message) {
            return new Failure("invariant", message);
        }
    }

    /** How often each property broke over many reads: the figures a real-thread run reports. */
    public record Tally(long reads, long torn, long doubled, long readersMissingLast) {
    }

    /**
     * @param readsByReader each reader's reads in the order it made them, by reader name
     * @param lastVersion   the last update published (updates are 1..lastVersion)
     * @return the first broken property, or empty when every reader saw only whole updates,
     *         each at most once, in order, and the last one
     */
    public static Optional<Failure> check(Map<String, List<int[]>> readsByReader, int lastVersion) {
        Optional<Failure> torn = firstTornRead(readsByReader);
        if (torn.isPresent()) {
            return torn;
        }
        for (var e : readsByReader.entrySet()) {
            String reader = e.getKey();
            List<int[]> reads = e.getValue();
            Set<Integer> seen = new LinkedHashSet<>();
            int previous = 0;
            for (int[] read : reads) {
                int version = versionOf(read);
                if (version < 1 || version > lastVersion) {
                    return Optional.of(Failure.invariant(reader + " read " + Arrays.toString(read)
                            + ", which no update published (updates are 1.." + lastVersion + ")"));
                }
                if (version < previous) {
                    return Optional.of(Failure.invariant(reader + " read update " + version
                            + " after update " + previous + ": " + show(reads)));
                }
                if (!seen.add(version)) {
                    return Optional.of(Failure.invariant(reader + " read update " + version
                            + " twice: " + show(reads)));
                }
                previous = version;
            }
            if (!seen.contains(lastVersion)) {
                return Optional.of(Failure.invariant(reader + " missed the last update " + lastVersion
                        + ": read " + show(reads)));
            }
        }
        return Optional.empty();
    }

    /**
     * The first property alone, which reads made so far can already break (and nothing later mends):
     * the first read, reader by reader, that is not a whole update.
     */
    public static Optional<Failure> firstTornRead(Map<String, List<int[]>> readsByReader) {
        for (var e : readsByReader.entrySet()) {
            for (int[] read : e.getValue()) {
                if (!isWhole(read)) {
                    return Optional.of(new Failure("torn-read", e.getKey() + " read " + Arrays.toString(read)
                            + ": " + describeMix(read)));
                }
            }
        }
        return Optional.empty();
    }

    /** Counts, over all readers, torn reads, repeated reads of one update, and readers that missed the last. */
    public static Tally tally(Map<String, List<int[]>> readsByReader, int lastVersion) {
        long reads = 0;
        long torn = 0;
        long doubled = 0;
        long missingLast = 0;
        for (List<int[]> list : readsByReader.values()) {
            Set<Integer> seen = new LinkedHashSet<>();
            for (int[] read : list) {
                reads++;
                if (!isWhole(read)) {
                    torn++;
                } else if (!seen.add(versionOf(read))) {
                    doubled++;
                }
            }
            if (!seen.contains(lastVersion)) {
                missingLast++;
            }
        }
        return new Tally(reads, torn, doubled, missingLast);
    }

    /** All elements from one update. An empty read counts as whole (of no update, caught as unpublished). */
    public static boolean isWhole(int[] read) {
        for (int x : read) {
            if (x != read[0]) {
                return false;
            }
        }
        return true;
    }

    private static int versionOf(int[] read) {
        return read.length == 0 ? 0 : read[0];
    }

    /** "half of update 2, half of update 1" for two elements; otherwise which updates the parts came from. */
    static String describeMix(int[] read) {
        List<Integer> versions = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(read).boxed().toList()));
        if (read.length == 2) {
            return "half of update " + read[0] + ", half of update " + read[1];
        }
        List<String> parts = new ArrayList<>();
        for (int v : versions) {
            long n = Arrays.stream(read).filter(x -> x == v).count();
            parts.add(n + " of " + read.length + " elements from update " + v);
        }
        return String.join(", ", parts);
    }

    private static String show(List<int[]> reads) {
        return reads.stream().map(Arrays::toString).toList().toString();
    }
}
