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
 *
 * <p>One idiom is spared: a {@code StampedLock}'s optimistic read. A thread's reads between its
 * {@code tryOptimisticRead()} and its {@code validate(stamp)} (a section) race with a writer that took
 * the write lock meanwhile, as the Javadoc's {@code Point} does with plain fields; {@code validate} then
 * says false and the values are thrown away, so those races are dropped. They are held until the
 * section ends: a section that validates (the writer wrote without the lock) or never ends keeps them.
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
    private record Epoch(int thread, int clock, String threadName, int step, boolean write, Site site, int section) {
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
    /** The optimistic section each thread is in (by thread id), numbered from 1. */
    private final Map<Integer, Integer> sectionOf = new HashMap<>();
    /** The races of the open sections, held until they end. */
    private final Map<Integer, List<Race>> held = new LinkedHashMap<>();
    /** Sections whose validate said false: their reads were thrown away. */
    private final java.util.Set<Integer> discarded = new java.util.HashSet<>();
    private int sections;

    /** The thread took an optimistic stamp: its reads from now are a section (a stamp taken again begins another). */
    void optimisticReadBegins(ThreadState t) {
        optimisticReadEnds(t, true);
        sectionOf.put(t.id, ++sections);
        held.put(sections, new ArrayList<>());
    }

    /** The thread's validate said {@code valid}: its section's races are kept, or dropped with the values read. */
    void optimisticReadEnds(ThreadState t, boolean valid) {
        Integer s = sectionOf.remove(t.id);
        if (s == null) {
            return;
        }
        List<Race> h = held.remove(s);
        if (valid) {
            h.forEach(this::add);
        } else {
            discarded.add(s);
        }
    }

    /** Whether the thread is in an optimistic section (see {@link #optimisticReadBegins}). */
    boolean inOptimisticRead(ThreadState t) {
        return sectionOf.containsKey(t.id);
    }

    void access(ThreadState t, Object target, Object slot, boolean write, int step, Op op, ObjectNames names) {
        LocationState s = locations.computeIfAbsent(new Location(target, slot), k -> new LocationState());
        if (!(target instanceof String)) {
            names.of(target); // the object is named now, in the order objects are met, as naming the location would
        }
        Epoch now = new Epoch(t.id, t.hb.get(t.id), t.name, step, write, op.site(),
                write || sectionOf.isEmpty() ? 0 : sectionOf.getOrDefault(t.id, 0));
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
        int section = first.section != 0 ? first.section : second.section;
        if (discarded.contains(section)) {
            return; // a read validate threw away
        }
        String location = names.location(target, slot);
        Race race = new Race(location, first.access(location), second.access(location));
        List<Race> h = held.get(section);
        if (h != null) {
            h.add(race);
        } else {
            add(race);
        }
    }

    private void add(Race race) {
        if (races.size() < 20) {
            races.add(race);
        }
    }

    /** The races found, with those of sections still open (their reads were never validated). */
    public List<Race> races() {
        if (held.isEmpty() || held.values().stream().allMatch(List::isEmpty)) {
            return races;
        }
        List<Race> all = new ArrayList<>(races);
        held.values().forEach(all::addAll);
        return all.size() <= 20 ? all : all.subList(0, 20);
    }
}
