package tcheck.scenarios.eventreaders;

import tcheck.scenario.Program;
import tcheck.scenario.Violation;
import tcheck.specs.properties.SnapshotReadsProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of an Event-readers variant, shaped like the seed's main program
 * ({@code 002_e91a849d01495b10.txt} lines 602-610): start the updater, then the readers
 * ({@code updater}, {@code reader-1} ...), then join them all (the seed's threads loop forever;
 * here the updater publishes a bounded number of updates and every reader stops). Afterwards it
 * checks {@link SnapshotReadsProperty} over what every reader recorded.
 */
public abstract class ReadersProgram implements Program {
    private final int updates;
    private final List<String> readerNames = new ArrayList<>();
    private final List<ReadLog> logs = new ArrayList<>();

    ReadersProgram(int readers, int updates) {
        if (readers < 1 || updates < 1) {
            throw new IllegalArgumentException("need at least 1 reader and 1 update");
        }
        this.updates = updates;
        for (int r = 1; r <= readers; r++) {
            readerNames.add("reader-" + r);
            logs.add(new ReadLog(updates));
        }
    }

    /** The updater thread's body. */
    abstract Runnable updater();

    /** Reader {@code index}'s body, recording into {@code log}. */
    abstract Runnable reader(int index, ReadLog log);

    /** The shared data as a trace shows it, read without blocking. */
    abstract void putSharedData(Map<String, Object> state);

    @Override
    public final void run() {
        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(updater(), "updater"));
        for (int r = 0; r < logs.size(); r++) {
            threads.add(new Thread(reader(r, logs.get(r)), readerNames.get(r)));
        }
        for (Thread t : threads) {
            t.start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for updater and readers", e);
        }
    }

    @Override
    public final void check() {
        SnapshotReadsProperty.check(readsByReader(), updates).ifPresent(f -> {
            throw new Violation(f.kind(), f.message());
        });
    }

    /** A torn read is one the moment a reader records it: the exploration stops there. */
    @Override
    public final void checkSoFar() {
        SnapshotReadsProperty.firstTornRead(readsByReader()).ifPresent(f -> {
            throw new Violation(f.kind(), f.message());
        });
    }

    @Override
    public final Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        putSharedData(state);
        for (int r = 0; r < logs.size(); r++) {
            state.put(readerNames.get(r), logs.get(r).toString());
        }
        return state;
    }

    /** Every reader's reads (copies), by reader name, in reader order. Call after {@link #run()}. */
    public final Map<String, List<int[]>> readsByReader() {
        Map<String, List<int[]>> out = new LinkedHashMap<>();
        for (int r = 0; r < logs.size(); r++) {
            out.put(readerNames.get(r), logs.get(r).reads());
        }
        return out;
    }

    /** The last update published; updates are 1..this. */
    public final int updates() {
        return updates;
    }
}
