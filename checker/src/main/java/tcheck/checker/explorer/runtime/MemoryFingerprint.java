package tcheck.checker.explorer.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fingerprint of memory: every location written so far with the value written last, relative to
 * the value it had before (so memory written back as it was fingerprints as untouched), and the
 * atomic variables written so far with their values now. Part of the
 * state fingerprint, so that states differing in a field the program declares no shared state for
 * (a flag, a counter) are not taken for one another. Kept as a sum of one part per location, updated
 * as each write lands. A value is fingerprinted by what it is (a number, a string, an enum) or, for
 * any other object, by its class only: naming it here would number objects in another order than
 * the trace does.
 */
final class MemoryFingerprint {
    private final ObjectNames names;
    /** Per location written: {the part of its value before the first write, the part of its value now}. */
    private final Map<Location, long[]> parts = new HashMap<>();
    /** Atomic variables written so far, with the fingerprint of their name (identity: an atomic's equals is identity). */
    private final Map<Object, Long> atomics = new java.util.LinkedHashMap<>();
    private long sum;

    MemoryFingerprint(ObjectNames names) {
        this.names = names;
    }

    /** Called before the write lands: a location's first write also fingerprints the value it had, its baseline. */
    void written(Object target, Object slot, Object value) {
        long where = StateHash.mix(StateHash.mix(names.of(target).hashCode()) + Objects.hashCode(slot));
        Location at = new Location(target, slot);
        long[] p = parts.get(at);
        if (p == null) {
            // back at the value it had before its first write, a location adds nothing: the same memory, the same fingerprint
            Object[] before = current(target, slot);
            long baseline = before != null ? StateHash.mix(where + valueHash(before[0])) : UNKNOWN;
            p = new long[] {baseline, baseline};
            parts.put(at, p);
        }
        long part = StateHash.mix(where + valueHash(value));
        sum += part - p[1];
        p[1] = part;
    }

    /** A value no fingerprinted value equals: the location's value before its first write could not be read. */
    private static final long UNKNOWN = 0x5DEECE66DL;

    /** Each class's instance fields by name, the nearest declaration first, readable. */
    private static final ClassValue<Map<String, java.lang.reflect.Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, java.lang.reflect.Field> computeValue(Class<?> type) {
            Map<String, java.lang.reflect.Field> byName = new HashMap<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !byName.containsKey(f.getName()) && f.trySetAccessible()) {
                        byName.put(f.getName(), f);
                    }
                }
            }
            return byName;
        }
    };

    /** The value at a location as a one-element array, or null when it cannot be read (a static field). */
    private static Object[] current(Object target, Object slot) {
        try {
            if (slot instanceof Integer i && target != null && target.getClass().isArray()) {
                return new Object[] {java.lang.reflect.Array.get(target, i)};
            }
            if (slot instanceof String field && target != null && !(target instanceof String)) {
                java.lang.reflect.Field f = FIELDS.get(target.getClass()).get(field);
                return f == null ? null : new Object[] {f.get(target)};
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** An atomic variable was written (a call on it): its value, read when fingerprinted, is part of memory from now on. */
    void atomicWritten(Object atomic) {
        if (!atomics.containsKey(atomic)) {
            atomics.put(atomic, StateHash.mix(names.of(atomic).hashCode()));
        }
    }

    /** Whether {@link #hash()} reads the program's atomics (then call it while bypassing the explorer). */
    boolean readsAtomics() {
        return !atomics.isEmpty();
    }

    /** Reads the atomics' values, if any: see {@link #readsAtomics()}. */
    long hash() {
        long h = sum;
        for (Map.Entry<Object, Long> a : atomics.entrySet()) {
            h += StateHash.mix(a.getValue() + valueHash(atomicValue(a.getKey())));
        }
        return h;
    }

    private static Object atomicValue(Object atomic) {
        if (atomic instanceof Number n) { // AtomicInteger, AtomicLong, the accumulators and adders
            return n.longValue();
        }
        if (atomic instanceof java.util.concurrent.atomic.AtomicBoolean b) {
            return b.get();
        }
        if (atomic instanceof java.util.concurrent.atomic.AtomicReference<?> r) {
            return r.get();
        }
        if (atomic instanceof java.util.concurrent.atomic.AtomicIntegerArray || atomic instanceof java.util.concurrent.atomic.AtomicLongArray) {
            return atomic.toString(); // its numbers, in order
        }
        return null; // other atomics: the fingerprint does not see their values
    }

    private static long valueHash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Enum<?> e) {
            return e.name().hashCode();
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof String) {
            return v.hashCode();
        }
        return v.getClass().getName().hashCode();
    }
}
