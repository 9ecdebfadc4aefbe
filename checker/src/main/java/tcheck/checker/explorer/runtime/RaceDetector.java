package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcheck.checker.explorer.instrument.Site;

/**
 * Data races by vector clocks: two accesses to the same plain (non-volatile) location, at least one
 * a write, by different threads, with neither happening-before the other through locks, volatiles,
 * atomics, start/join or other synchronization. Epoch-based, in the style of FastTrack.
 */
public final class RaceDetector {
    /** One side of a race. */
    public record Access(String thread, int step, String action, String where) {
    }

    /** Two conflicting, unordered accesses to one location. */
    public record Race(String location, Access first, Access second) {
        public String describe() {
            return "data race on " + location + ": " + first.thread + " " + first.action + " at " + first.where
                    + " and " + second.thread + " " + second.action + " at " + second.where
                    + " are not ordered by happens-before";
        }

        /** Races on the same location between the same two source lines are one race. */
        public String key() {
            String a = first.where + "/" + first.action.split(" ")[0];
            String b = second.where + "/" + second.action.split(" ")[0];
            return location + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        }
    }

    /**
     * An access as the detector keeps it: its words are put together only if it turns out to race
     * (most accesses never do, and every memory access of an execution comes through here).
     */
    private record Epoch(int thread, int clock, String threadName, int step, boolean write, Site site) {
        Access access(String location) {
            return new Access(threadName, step, (write ? "writes " : "reads ") + location, site == null ? "" : site.where());
        }
    }

    private static final class LocationState {
        Epoch lastWrite;
        final Map<Integer, Epoch> reads = new LinkedHashMap<>();
    }

    private final Map<Location, LocationState> locations = new HashMap<>();
    private final List<Race> races = new ArrayList<>();

    void access(ThreadState t, Object target, Object slot, boolean write, int step, Op op, ObjectNames names) {
        LocationState s = locations.computeIfAbsent(new Location(target, slot), k -> new LocationState());
        if (!(target instanceof String)) {
            names.of(target); // the object is named now, in the order objects are met, as naming the location would
        }
        Epoch now = new Epoch(t.id, t.hb.get(t.id), t.name, step, write, op.site());
        if (s.lastWrite != null && unordered(s.lastWrite, t)) {
            report(target, slot, names, s.lastWrite, now);
        }
        if (write) {
            for (Epoch r : s.reads.values()) {
                if (unordered(r, t)) {
                    report(target, slot, names, r, now);
                }
            }
            s.reads.clear();
            s.lastWrite = now;
        } else {
            s.reads.put(t.id, now);
        }
    }

    private static boolean unordered(Epoch earlier, ThreadState t) {
        return earlier.thread != t.id && earlier.clock > t.hb.get(earlier.thread);
    }

    private void report(Object target, Object slot, ObjectNames names, Epoch first, Epoch second) {
        if (races.size() < 20) {
            String location = names.location(target, slot);
            races.add(new Race(location, first.access(location), second.access(location)));
        }
    }

    public List<Race> races() {
        return races;
    }
}
