package tcheck.checker.explorer.runtime;

import java.lang.reflect.Field;

/**
 * The collection a view or an iterator of {@code java.util} reads and writes through: a map's key set
 * and values, an iterator, a sublist, an unmodifiable wrapper, and a {@code HashSet}'s or
 * {@code TreeSet}'s own map. A call on one is a call on the collection behind it, so that iterating a
 * map's {@code keySet()} conflicts with another thread's {@code put} on the map (on a real JVM a
 * {@code ConcurrentModificationException}, or a missed entry). The synchronized wrappers are not
 * views here: they lock, and are thread-safe.
 */
final class CollectionViews {
    private CollectionViews() {
    }

    /** The field that leads from an object of a class to the collection behind it, or null. */
    private static final ClassValue<Field> BEHIND = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> c) {
            String n = c.getName();
            if (!n.startsWith("java.util.") || n.startsWith("java.util.concurrent.") || n.contains("Synchronized")
                    || n.contains("Checked")) {
                return null;
            }
            String[] names = n.startsWith("java.util.Collections$") ? new String[] {"c", "m"}
                    : n.equals("java.util.HashSet") || n.equals("java.util.LinkedHashSet") ? new String[] {"map"}
                    : n.equals("java.util.TreeSet") || n.equals("java.util.TreeMap$KeySet") ? new String[] {"m"}
                    : n.contains("$") ? new String[] {"this$0", "root"} : new String[0];
            for (String name : names) {
                for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                    try {
                        Field f = k.getDeclaredField(name);
                        f.setAccessible(true);
                        return f;
                    } catch (NoSuchFieldException e) {
                        // on to the superclass
                    } catch (RuntimeException e) {
                        return null; // java.util not open to the explorer: the view is its own, as before
                    }
                }
            }
            return null;
        }
    };

    /** The collection behind {@code o} (followed through views of views), or {@code o} itself. */
    static Object backing(Object o) {
        for (int hops = 0; hops < 4; hops++) {
            Field f = BEHIND.get(o.getClass());
            if (f == null) {
                return o;
            }
            try {
                Object behind = f.get(o);
                if (behind == null || behind == o) {
                    return o;
                }
                o = behind;
            } catch (IllegalAccessException e) {
                return o;
            }
        }
        return o;
    }

    /** Whether a call through a view or an iterator changes the collection behind it. */
    static boolean changes(Object view, String method) {
        if (view instanceof java.util.Iterator<?>) {
            return method.equals("remove") || method.equals("set") || method.equals("add");
        }
        return CollectionCalls.isWrite(view, method);
    }
}
