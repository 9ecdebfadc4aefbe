package tcheck.checker.explorer.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * The monitor a call on one of the JDK's synchronized collections takes: a {@code Collections.synchronizedList}
 * (or set, map ... and their views) locks its {@code mutex}, a {@code Vector} or {@code Hashtable} itself.
 * That code is the JDK's, not instrumented, so its monitor is a real one the explorer does not see, while the
 * program's own {@code synchronized (list)} is modelled: the call must wait for the model's monitor, or it ran
 * inside the program's critical section, which no JVM allows (the Javadoc's iteration inside
 * {@code synchronized (list)} then threw a ConcurrentModificationException). The same holds for a
 * {@code StringBuffer} or a {@code PrintStream}, whose methods lock the object itself ({@link #locksItself}).
 */
final class SynchronizedMutex {
    private SynchronizedMutex() {
    }

    /** Methods of {@code Collections.synchronized*} that do not lock: the caller must ("must be manually synched"). */
    private static final Set<String> UNLOCKED = Set.of("iterator", "listIterator", "spliterator", "stream", "parallelStream");

    private static final ClassValue<Field> MUTEX = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> c) {
            if (!c.getName().startsWith("java.util.Collections$Synchronized")) {
                return null;
            }
            for (Class<?> k = c; k != null; k = k.getSuperclass()) { // declared by SynchronizedCollection and SynchronizedMap
                try {
                    Field f = k.getDeclaredField("mutex");
                    f.setAccessible(true);
                    return f;
                } catch (NoSuchFieldException e) {
                    // a subclass (SynchronizedList ...): its super class declares it
                } catch (RuntimeException e) {
                    return null; // not opened to the explorer: the call runs as before
                }
            }
            return null; // another JDK's layout: the call runs as before
        }
    };

    /** Methods of Vector and Hashtable that do not lock: iterators, streams, views (whose own calls lock), getClass. */
    private static final Set<String> OPEN = Set.of(
            "iterator", "listIterator", "spliterator", "stream", "parallelStream", "keySet", "entrySet", "values", "getClass");

    /** Of other JDK subclasses of Vector and Hashtable, and StringBuffer: whether every method of that name is synchronized. */
    private static final ClassValue<java.util.Map<String, Boolean>> SYNCHRONIZED = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Boolean> computeValue(Class<?> c) {
            return new java.util.concurrent.ConcurrentHashMap<>();
        }
    };

    /** The monitor the call {@code method} on {@code receiver} enters, or null when it enters none the model knows. */
    static Object of(Object receiver, String method) {
        if (receiver == null) {
            return null;
        }
        Class<?> c = receiver.getClass();
        if (c.getClassLoader() != null) {
            return null; // the program's own class: its code is instrumented, its monitors modelled
        }
        Field mutex = MUTEX.get(c);
        if (mutex != null) {
            if (UNLOCKED.contains(method)) {
                return null;
            }
            try {
                return mutex.get(receiver);
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        if (c == java.util.Vector.class || c == java.util.Stack.class || c == java.util.Hashtable.class) {
            // every method locks, synchronized itself or through the one it calls (add(int, e) through insertElementAt)
            return OPEN.contains(method) || method.equals("elements") && c != java.util.Hashtable.class ? null : receiver;
        }
        if (receiver instanceof java.util.Vector || receiver instanceof java.util.Hashtable) { // Properties does not lock its reads
            return SYNCHRONIZED.get(c).computeIfAbsent(method, m -> allSynchronized(c, m)) ? receiver : null;
        }
        return null;
    }

    /** PrintStream's methods that hold {@code synchronized (this)} while they write (on JDK 17 and 25 alike). */
    private static final Set<String> PRINT_STREAM_LOCKED = Set.of(
            "print", "println", "printf", "format", "append", "write", "writeBytes", "flush", "close", "checkError");

    /**
     * Whether the call {@code method} on {@code receiver} holds the receiver's own monitor while it runs: a
     * {@code StringBuffer}'s synchronized methods, a {@code PrintStream}'s prints (the JDK's classes, not a
     * program's subclass, whose code is instrumented).
     */
    static boolean locksItself(Object receiver, String method) {
        Class<?> c = receiver.getClass();
        if (c == StringBuffer.class) {
            return SYNCHRONIZED.get(c).computeIfAbsent(method, m -> allSynchronized(c, m));
        }
        return receiver instanceof java.io.PrintStream && c.getClassLoader() == null && PRINT_STREAM_LOCKED.contains(method);
    }

    private static boolean allSynchronized(Class<?> c, String method) {
        boolean any = false;
        for (Method m : c.getMethods()) {
            if (m.getName().equals(method) && !m.isBridge()) { // a covariant bridge only calls the synchronized method
                if (!Modifier.isSynchronized(m.getModifiers())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
