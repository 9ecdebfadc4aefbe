package tcheck.checker.explorer.runtime;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Readable, deterministic names for the objects of one execution. An object is called by the field
 * or array element that first held it, as the code says it ({@code lock}, {@code notEmpty},
 * {@code forks[0]}, {@code forks[0].lock}); one no field held is {@code Fork#2}, the second Fork the
 * execution named. Names are given when first needed, not when the object is stored, so an object
 * built before it was put in its place (a fork's lock, made in the fork's constructor) still gets
 * the place's name; a local variable's name counts as a place too. Identity hash codes never leak
 * into traces, so a replay prints the same names.
 */
final class ObjectNames {
    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    /** Where an object was first stored: the holder and the field name or element index. */
    private final Map<Object, Place> places = new IdentityHashMap<>(placesSeen);
    /**
     * The most places one execution recorded so far in this JVM: the next one's map starts that large.
     * Every object a program stores in a local variable gets a place (thousands in an execution), and
     * growing an identity map step by step rehashes them all again and again. Only the map's capacity
     * depends on it, never a name.
     */
    private static volatile int placesSeen = 32;
    /** The first object named of each class: its fields read as bare field names ("count", not "Counter#1.count"). */
    private final Set<Object> firstOfClass = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Objects whose name is being worked out: a cycle of places (a.next = b, b.prev = a) falls back to the class. */
    private final Set<Object> naming = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private record Place(Object holder, String field, int index) {
    }

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
        String known = names.get(o);
        if (known != null) {
            return known;
        }
        String simple = o.getClass().isArray() ? o.getClass().getComponentType().getSimpleName() + "[]" : simpleName(o.getClass());
        int n = counters.merge(simple, 1, Integer::sum);
        if (n == 1) {
            firstOfClass.add(o);
        }
        String name = placeName(o);
        if (name == null) {
            name = simple + "#" + n;
        }
        name = unique(name);
        names.put(o, name);
        return name;
    }

    /** The name after the object's place, or null when it has none (or its places form a cycle). */
    private String placeName(Object o) {
        Place p = places.get(o);
        if (p == null || !naming.add(o)) {
            return null;
        }
        try {
            if (p.field == null) {
                return of(p.holder) + "[" + p.index + "]";
            }
            if (p.holder instanceof String || p.holder == VARIABLE) {
                return p.field; // a static field, a local variable
            }
            // the holder's name only where it tells objects apart: an element of an array (forks[0].lock)
            String holder = of(p.holder);
            return holder.contains("[") ? holder + "." + p.field : p.field;
        } finally {
            naming.remove(o);
        }
    }

    private String unique(String name) {
        if (taken.add(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            if (taken.add(name + "#" + i)) {
                return name + "#" + i;
            }
        }
    }

    /** The object was stored in (or read from) a field of {@code holder}: its name, if it has none yet. */
    void placedInField(Object o, Object holder, String field) {
        if (placeable(o, holder)) {
            place(o, new Place(holder, field, -1));
        }
    }

    /** The object was stored in a local variable: its name, if it has none yet. */
    void placedInVariable(Object o, String variable) {
        if (placeable(o, VARIABLE)) {
            place(o, new Place(VARIABLE, variable, -1));
        }
    }

    /** The holder of a local variable's place: a variable's name stands alone. */
    private static final Object VARIABLE = new Object();

    /** The object was stored in an element of an array: {@code forks[0]}, if it has no name yet. */
    void placedInArray(Object o, Object array, int index) {
        if (placeable(o, array)) {
            place(o, new Place(array, null, index));
        }
    }

    private void place(Object o, Place p) {
        places.put(o, p);
        if (places.size() > placesSeen && places.size() <= 4096) { // a run that placed far more does not size every later map
            placesSeen = places.size();
        }
    }

    private boolean placeable(Object o, Object holder) {
        return o != null && holder != null && o != holder && !(o instanceof String || isValue(o)
                || o instanceof Boolean || o instanceof Character || o instanceof Thread || o instanceof Enum<?>
                || o instanceof Class<?>) && !names.containsKey(o) && !places.containsKey(o);
    }

    /** A box or big number shows its value; an AtomicInteger (a Number too) is a shared object and gets a name. */
    private static boolean isValue(Object o) {
        return o instanceof Number && (o.getClass().getName().startsWith("java.lang.") || o.getClass().getName().startsWith("java.math."));
    }

    /** A memory location as traces show it: {@code forks[1]} for an array element, else as {@link #field}. */
    String location(Object target, Object slot) {
        if ("contents".equals(slot) && !(target instanceof String)) {
            return "the contents of " + of(target); // a call reads or writes a whole collection
        }
        return slot instanceof Integer i ? of(target) + "[" + i + "]" : field(target, String.valueOf(slot));
    }

    /** Name for a field of an object: the bare field when the owner is the first of its class and no element of an array. */
    String field(Object owner, String field) {
        if (owner instanceof String cls) {
            return cls.substring(cls.lastIndexOf('/') + 1) + "." + field;
        }
        String n = of(owner);
        return firstOfClass.contains(owner) && !n.contains("[") ? field : n + "." + field;
    }

    /** A class's simple name as traces show it, worked out once per class (every new object asks). */
    private static final ClassValue<String> SIMPLE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> c) {
            return simpleNameOf(c);
        }
    };

    private static String simpleName(Class<?> c) {
        return SIMPLE_NAMES.get(c);
    }

    private static String simpleNameOf(Class<?> c) {
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
