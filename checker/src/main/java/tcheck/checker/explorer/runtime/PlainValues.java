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

    static Object of(Object v) {
        return of(v, 0);
    }

    private static Object of(Object v, int depth) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof Character) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (depth > 4) {
            return String.valueOf(v);
        }
        if (v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(of(Array.get(v, i), depth + 1));
            }
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object o : c) {
                out.add(of(o, depth + 1));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), of(val, depth + 1)));
            return out;
        }
        if (v instanceof Thread t) {
            return t.getName();
        }
        return String.valueOf(v);
    }
}
