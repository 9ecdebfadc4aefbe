package tcheck.engines.lincheck;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fresh instances of a scenario's concurrent object for Lincheck, which creates its test instance
 * through a no-argument constructor: the engine names the implementation first ({@link #use}), the
 * operations classes ask for a new one ({@link #next}). The implementation is whatever the
 * scenario's own program uses, found in a fresh program's object graph; so a new scenario whose
 * object has a known interface gets Lincheck coverage without a line here.
 */
public final class FreshObjects {
    private static volatile Supplier<Object> current;

    private FreshObjects() {
    }

    static void use(Supplier<Object> fresh) {
        current = fresh;
    }

    /** A new instance of the implementation under test; called by the operations classes' constructors. */
    public static <T> T next(Class<T> type) {
        Supplier<Object> s = current;
        if (s == null) {
            throw new IllegalStateException("no object under test named for this Lincheck run");
        }
        return type.cast(s.get());
    }

    /** The first object of {@code type} reachable from {@code root} through fields, arrays and collections. */
    static Optional<Object> find(Object root, Class<?> type) {
        Deque<Object> todo = new ArrayDeque<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Object o = todo.poll();
            if (o == null || seen.put(o, Boolean.TRUE) != null || seen.size() > 10_000) {
                continue;
            }
            if (type.isInstance(o)) {
                return Optional.of(o);
            }
            Class<?> c = o.getClass();
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        todo.add(Array.get(o, i));
                    }
                }
                continue;
            }
            if (o instanceof Collection<?> col) {
                todo.addAll(col);
                continue;
            }
            if (c.getName().startsWith("java.") || c.getName().startsWith("jdk.")) {
                continue;
            }
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        todo.add(f.get(o));
                    } catch (RuntimeException | IllegalAccessException e) {
                        // a field we may not read: not where the object under test lives
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A maker of new instances of {@code impl} through the constructor taking {@code args}' types (int for Integer). */
    static Supplier<Object> maker(Class<?> impl, Object... args) {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = args[i] instanceof Integer ? int.class : args[i].getClass();
        }
        Constructor<?> ctor;
        try {
            ctor = impl.getDeclaredConstructor(types);
            ctor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(impl.getName() + " has no constructor " + java.util.Arrays.toString(types));
        }
        return () -> {
            try {
                return ctor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("constructing " + impl.getSimpleName() + " failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
