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
        Class<?> c = v.getClass();
        if (c.isHidden() || c.isSynthetic()) {
            return true;
        }
        try {
            return c.getMethod("toString").getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    private static Object of(Object v, int depth, ObjectNames names) {
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
            return String.valueOf(v);
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
        return String.valueOf(v);
    }
}
