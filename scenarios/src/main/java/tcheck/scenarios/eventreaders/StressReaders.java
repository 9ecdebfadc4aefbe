package tcheck.scenarios.eventreaders;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's own updater and reader for threads the program does not start itself (jcstress
 * actors), wired exactly as {@code InPlaceProgram} and {@code SnapshotProgram} do, with no
 * behaviour of its own. A {@code ReadersProgram} starts its own threads; this is the same pair,
 * run by someone else's.
 */
public final class StressReaders {
    private final Runnable updater;
    private final Runnable reader;
    private final ReadLog log;

    private StressReaders(Runnable updater, Runnable reader, ReadLog log) {
        this.updater = updater;
        this.reader = reader;
        this.log = log;
    }

    /**
     * {@code event-readers/in-place}: the seed's updater ({@code clear()}, write in place,
     * {@code set()}) publishing {@code updates} versions, and one reader reading {@code reads} times.
     */
    public static StressReaders inPlace(int size, int updates, int reads) {
        int[] data = new int[size];
        Event updated = new Event();
        ReadLog log = new ReadLog(reads);
        return new StressReaders(new InPlaceUpdater(data, updated, updates),
                new InPlaceReader(data, updated, reads, log), log);
    }

    /** {@code event-readers/snapshot}: versions published whole; the reader reads until it has seen the last. */
    public static StressReaders snapshot(int size, int updates) {
        SnapshotBoard board = new SnapshotBoard(size);
        ReadLog log = new ReadLog(updates);
        return new StressReaders(new SnapshotUpdater(board, size, updates),
                new SnapshotReader(board, updates, log), log);
    }

    /** The updater publishes all its versions, on the calling thread. */
    public void update() {
        updater.run();
    }

    /** The reader does all its reads, on the calling thread. */
    public void read() {
        reader.run();
    }

    /**
     * What the reader saw: each read as its values' digits, reads separated by a space, e.g.
     * {@code "1111122222"} for one read torn between updates 1 and 2.
     */
    public String reads() {
        List<String> out = new ArrayList<>();
        for (int[] read : log.reads()) {
            StringBuilder sb = new StringBuilder();
            for (int v : read) {
                sb.append(v);
            }
            out.add(sb.toString());
        }
        return String.join(" ", out);
    }
}
