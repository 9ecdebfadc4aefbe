package tcheck.checker.explorer.runtime;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the shared state into plain values (numbers, strings, booleans, lists, maps) while the
 * explorer's own reads are not scheduling points. Afterwards nothing in a trace calls back into the
 * code under test, and the copy cannot change under later steps.
 */
final class PlainValues {
    private PlainValues() {
    }

    /** For values outside a trace (operation results): objects without a value of their own get fresh, stable names. */
    static Object of(Object v) {
        return of(v, new ObjectNames());
    }

    static Object of(Object v, ObjectNames names) {
        return of(v, 0, names);
    }

    /**
     * An object that only has Object's toString (or is a lambda) would print its identity hash code
     * or a JVM counter, different in every run: it is shown by its execution-stable name instead.
     */
    private static boolean identityOnly(Object v) {
        return IDENTITY_ONLY.get(v.getClass());
    }

    /** Asked for every value of every rendered step: the reflective lookup is done once per class. */
    private static final ClassValue<Boolean> IDENTITY_ONLY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            if (c.isHidden() || c.isSynthetic()) {
                return true;
            }
            try {
                return c.getMethod("toString").getDeclaringClass() == Object.class;
            } catch (NoSuchMethodException e) {
                return true;
            }
        }
    };

    /**
     * A mutable holder of a value (AtomicInteger is a Number, but not a value): its value now, so a
     * step's state does not change under later steps and a fingerprint is no identity hash.
     */
    private static Object current(Object v) {
        if (v instanceof java.util.concurrent.atomic.AtomicInteger a) {
            return a.get();
        }
        if (v instanceof java.util.concurrent.atomic.AtomicLong a) {
            return a.get();
        }
        if (v instanceof java.util.concurrent.atomic.AtomicBoolean a) {
            return a.get();
        }
        if (v instanceof java.util.concurrent.atomic.AtomicReference<?> a) {
            return a.get();
        }
        if (v instanceof java.util.concurrent.atomic.LongAdder a) {
            return a.sum();
        }
        if (v instanceof java.util.concurrent.atomic.DoubleAdder a) {
            return a.sum();
        }
        if (v instanceof java.util.concurrent.atomic.LongAccumulator a) {
            return a.get();
        }
        if (v instanceof java.util.concurrent.atomic.DoubleAccumulator a) {
            return a.get();
        }
        return v;
    }

    private static Object of(Object value, int depth, ObjectNames names) {
        Object v = current(value);
        if (v != value) {
            return of(v, depth + 1, names); // deeper: a chain of references ends
        }
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof Character) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (identityOnly(v)) {
            return names.of(v);
        }
        if (depth > 4) {
            return text(v, names);
        }
        if (v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(of(Array.get(v, i), depth + 1, names));
            }
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object o : c) {
                out.add(of(o, depth + 1, names));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), of(val, depth + 1, names)));
            return out;
        }
        if (v instanceof Thread t) {
            return t.getName();
        }
        return text(v, names);
    }

    /**
     * The object's own words, with its identity hash code, where they show it, replaced by its
     * execution-stable name: most of java.util.concurrent's classes print {@code super.toString()}
     * first ({@code java.util.concurrent.FutureTask@1af67e69[Completed normally]}), a number that
     * differs in every run and every execution.
     */
    private static String text(Object v, ObjectNames names) {
        String s = String.valueOf(v);
        if (s.indexOf('@') < 0) {
            return s;
        }
        String identity = v.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(v));
        // another object's identity inside the words (a FutureTask's task): nameless, so left out
        return OTHER_IDENTITY.matcher(s.replace(identity, names.of(v))).replaceAll("...");
    }

    /** A class's binary name (a lambda's with its address) and an identity hash code: {@code a.b.C$1@1f2e3d}. */
    private static final java.util.regex.Pattern OTHER_IDENTITY =
            java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*(?:[.$][\\w$]+)+(?:/0x[0-9a-f]+)?@[0-9a-f]{1,8}\\b");

    /**
     * {@code of(v, names).hashCode()} without building the copy, naming the same objects in the same
     * order: what the search needs of the shared state (a fingerprint for the livelock watch) when no
     * trace is recorded. Must agree with {@link #of(Object, ObjectNames)}.
     */
    static int hash(Object v, ObjectNames names) {
        if (v instanceof Map<?, ?> m) {
            // a JDK map compares keys with equals: its distinct String keys print distinctly, no set needed to find two alike
            boolean stringKeys = m.getClass().getName().startsWith("java.util.") && !(m instanceof java.util.IdentityHashMap<?, ?>);
            for (Object k : stringKeys ? m.keySet() : java.util.Set.of()) {
                if (!(k instanceof String)) {
                    stringKeys = false;
                    break;
                }
            }
            java.util.Set<String> keys = stringKeys ? null : new java.util.HashSet<>();
            int h = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (keys != null && !keys.add(k)) {
                    return of(v, names).hashCode(); // two keys print alike: the copy keeps the last, let it decide
                }
                h += k.hashCode() ^ hash(e.getValue(), 1, names);
            }
            return h;
        }
        return hash(v, 0, names);
    }

    private static int hash(Object value, int depth, ObjectNames names) {
        Object v = current(value);
        if (v != value) {
            return hash(v, depth + 1, names);
        }
        if (v == null) {
            return 0;
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof Character) {
            return v.hashCode();
        }
        if (v instanceof Enum<?> e) {
            return e.name().hashCode();
        }
        if (identityOnly(v)) {
            return names.of(v).hashCode();
        }
        if (depth > 4) {
            return text(v, names).hashCode();
        }
        if (v.getClass().isArray()) {
            int h = 1;
            for (int i = 0; i < Array.getLength(v); i++) {
                h = 31 * h + hash(Array.get(v, i), depth + 1, names);
            }
            return h;
        }
        if (v instanceof Collection<?> c) {
            int h = 1;
            for (Object o : c) {
                h = 31 * h + hash(o, depth + 1, names);
            }
            return h;
        }
        if (v instanceof Map<?, ?>) {
            return of(v, depth, names).hashCode();
        }
        if (v instanceof Thread t) {
            return t.getName().hashCode();
        }
        return text(v, names).hashCode();
    }
}
