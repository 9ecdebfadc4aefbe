package tcheck.checker.explorer.runtime;

import java.lang.reflect.Field;

/**
 * The state a call on one of the JDK's locks acts on, so that such calls depend only on calls on
 * the same lock: a {@code ReentrantReadWriteLock}, its read and write views and their conditions
 * share one synchronizer (its {@code sync}), as a fair {@code ReentrantLock} or {@code Semaphore} and
 * a fair lock's conditions do; a {@code StampedLock} and its views are the lock itself. A lock call runs only the lock's own code: it changes that state, may wake threads (whose
 * park is dependent with every step) and reads interrupt flags and the clock (changed only by steps
 * dependent with every step). It runs none of the program's code, so two calls on unrelated locks
 * commute, and a lock call commutes with the program's memory accesses. An untimed park inside a
 * lock call is ended only by a call on the same lock (its release), by an interrupt or the program's
 * own unpark (both dependent with every step) or spuriously (whatever the others do), so it too
 * depends only on that lock; a timed park may end because no other thread can run, which every step
 * changes: it stays dependent with everything. Calls that only read the lock (views, queries,
 * {@code validate}) depend only on calls that change it. Any other JDK object (a queue, a map with
 * callbacks, an executor, a phaser) stays dependent with everything.
 */
final class JdkLocks {
    private JdkLocks() {
    }

    /** How to reach the shared state from an object of a class: a field of it, or none (the object is its own), or null: not a lock. */
    private static final ClassValue<Field[]> PATHS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> c) {
            String n = c.getName();
            try {
                return switch (n) {
                    case "java.util.concurrent.locks.ReentrantReadWriteLock", "java.util.concurrent.locks.ReentrantReadWriteLock$ReadLock",
                         "java.util.concurrent.locks.ReentrantReadWriteLock$WriteLock" -> new Field[] {open(c, "sync")};
                    // fair ones (unfair ones are modelled): a condition reaches the same synchronizer through this$0
                    case "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.Semaphore" -> new Field[] {open(c, "sync")};
                    case "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject",
                         "java.util.concurrent.locks.AbstractQueuedLongSynchronizer$ConditionObject",
                         "java.util.concurrent.locks.StampedLock$ReadLockView", "java.util.concurrent.locks.StampedLock$WriteLockView",
                         "java.util.concurrent.locks.StampedLock$ReadWriteLockView" -> new Field[] {open(c, "this$0")};
                    case "java.util.concurrent.locks.StampedLock" -> new Field[0];
                    default -> null;
                };
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // not readable in this JVM: the call stays dependent with everything
            }
        }
    };

    private static Field open(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** The calls that only read a lock's state (views, queries, an optimistic stamp and its validation). */
    private static final java.util.Set<String> READS_ONLY = java.util.Set.of("readLock", "writeLock", "asReadLock", "asWriteLock",
            "asReadWriteLock", "isFair", "isLocked", "isWriteLocked", "isReadLocked", "isWriteLockedByCurrentThread",
            "isHeldByCurrentThread", "getHoldCount", "getReadLockCount", "getReadHoldCount", "getWriteHoldCount", "hasQueuedThreads",
            "hasQueuedThread", "getQueueLength", "hasWaiters", "getWaitQueueLength", "tryOptimisticRead", "validate", "toString",
            "availablePermits");

    static boolean readsOnly(String method) {
        return READS_ONLY.contains(method);
    }

    /** The lock state a call on {@code receiver} acts on, or null when it is not one of the JDK's locks. */
    static Object state(Object receiver) {
        if (receiver == null) {
            return null;
        }
        Field[] path = PATHS.get(receiver.getClass());
        if (path == null) {
            return null;
        }
        try {
            return path.length == 0 ? receiver : path[0].get(receiver);
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
