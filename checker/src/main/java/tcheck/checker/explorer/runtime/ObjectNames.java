package tcheck.checker.explorer.runtime;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Readable, deterministic names for the objects of one execution: {@code Fork#2} is the second
 * Fork the execution touched. Identity hash codes never leak into traces, so a replay prints the
 * same names.
 */
final class ObjectNames {
    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    String of(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof String s) {
            return s; // static fields: the owner class name stands for the object
        }
        if (o instanceof Thread t) {
            return t.getName();
        }
        return names.computeIfAbsent(o, k -> {
            String simple = k.getClass().isArray() ? k.getClass().getComponentType().getSimpleName() + "[]" : simpleName(k.getClass());
            int n = counters.merge(simple, 1, Integer::sum);
            return simple + "#" + n;
        });
    }

    /**
     * Names a not yet named object after the field it was read from: "items", then "items#2" for a
     * second object read from a field of the same name. Boxed values and strings keep their values.
     */
    void alias(Object o, String field) {
        if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Thread || o instanceof Enum<?> || names.containsKey(o)) {
            return;
        }
        int n = counters.merge("." + field, 1, Integer::sum);
        names.put(o, n == 1 ? field : field + "#" + n);
    }

    /** Name for a field owner: plain field name when the owner is the first of its class. */
    String field(Object owner, String field) {
        if (owner instanceof String cls) {
            return cls.substring(cls.lastIndexOf('/') + 1) + "." + field;
        }
        String n = of(owner);
        return n.endsWith("#1") ? field : n + "." + field;
    }

    private static String simpleName(Class<?> c) {
        if (c.isHidden() || c.getName().contains("$$Lambda")) { // a lambda: named after what it implements, never its JVM counter
            return c.getInterfaces().length > 0 ? c.getInterfaces()[0].getSimpleName() : "lambda";
        }
        String s = c.getSimpleName();
        if (s.isEmpty()) { // anonymous or lambda
            s = c.getName().substring(c.getName().lastIndexOf('.') + 1);
            int slash = s.indexOf('/');
            if (slash > 0) {
                s = s.substring(0, slash);
            }
        }
        return s;
    }
}
