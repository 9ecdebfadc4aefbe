package tcheck.checker.explorer.instrument;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which calls on JDK classes, made from code under test, become scheduling points, and how: either
 * replaced by a static method of {@code Hooks} that models the primitive (locks, conditions,
 * monitors' wait/notify, semaphores, latches, barriers, thread start/join/sleep/yield), or wrapped as a
 * visible call that runs for real at its turn (atomics, non-thread-safe collections).
 */
final class CallRewrites {
    static final String LOCK = "java/util/concurrent/locks/Lock";
    static final String REENTRANT_LOCK = "java/util/concurrent/locks/ReentrantLock";
    static final String CONDITION = "java/util/concurrent/locks/Condition";
    static final String SEMAPHORE = "java/util/concurrent/Semaphore";
    static final String LATCH = "java/util/concurrent/CountDownLatch";
    static final String BARRIER = "java/util/concurrent/CyclicBarrier";
    static final String THREAD = "java/lang/Thread";
    static final String LOCK_SUPPORT = "java/util/concurrent/locks/LockSupport";

    /** A call replaced by {@code Hooks.<hook>(receiver, args..., int site)}. */
    record Replacement(String hook, String receiverDesc) {
    }

    private static final Map<String, Replacement> REPLACEMENTS = new HashMap<>();

    private static void put(String group, String name, String desc, String hook, String receiverDesc) {
        REPLACEMENTS.put(group + "." + name + desc, new Replacement(hook, receiverDesc));
    }

    static {
        String obj = "Ljava/lang/Object;";
        put("Object", "wait", "()V", "objectWait", obj);
        put("Object", "wait", "(J)V", "objectWaitTimed", obj);
        put("Object", "wait", "(JI)V", "objectWaitTimedNanos", obj);
        put("Object", "notify", "()V", "objectNotify", obj);
        put("Object", "notifyAll", "()V", "objectNotifyAll", obj);

        String thread = "Ljava/lang/Thread;";
        put("Thread", "currentThread", "()Ljava/lang/Thread;", "threadCurrentThread", "");
        put("Thread", "start", "()V", "threadStart", thread);
        put("Thread", "join", "()V", "threadJoin", thread);
        put("Thread", "join", "(J)V", "threadJoinTimed", thread);
        put("Thread", "sleep", "(J)V", "threadSleep", "");
        put("Thread", "sleep", "(JI)V", "threadSleepNanos", "");
        put("Thread", "yield", "()V", "threadYield", "");
        put("Thread", "onSpinWait", "()V", "threadOnSpinWait", "");
        put("Thread", "interrupt", "()V", "threadInterrupt", thread);
        put("Thread", "isInterrupted", "()Z", "threadIsInterrupted", thread);
        put("Thread", "interrupted", "()Z", "threadInterrupted", "");
        put("Thread", "isAlive", "()Z", "threadIsAlive", thread);
        put("Thread", "holdsLock", "(Ljava/lang/Object;)Z", "threadHoldsLock", "");
        put("Thread", "setDaemon", "(Z)V", "threadSetDaemon", thread);
        put("Thread", "getState", "()Ljava/lang/Thread$State;", "threadGetState", thread);

        String obj2 = "Ljava/lang/Object;";
        put("LockSupport", "park", "()V", "lsPark", "");
        put("LockSupport", "park", "(" + obj2 + ")V", "lsParkBlocker", "");
        put("LockSupport", "parkNanos", "(J)V", "lsParkNanos", "");
        put("LockSupport", "parkNanos", "(" + obj2 + "J)V", "lsParkNanosBlocker", "");
        put("LockSupport", "parkUntil", "(J)V", "lsParkUntil", "");
        put("LockSupport", "parkUntil", "(" + obj2 + "J)V", "lsParkUntilBlocker", "");
        put("LockSupport", "unpark", "(Ljava/lang/Thread;)V", "lsUnpark", "");

        put("System", "exit", "(I)V", "systemExit", "");
        put("Runtime", "exit", "(I)V", "runtimeExit", "Ljava/lang/Runtime;");
        put("Runtime", "halt", "(I)V", "runtimeHalt", "Ljava/lang/Runtime;");

        String lock = "L" + LOCK + ";";
        put("Lock", "lock", "()V", "lock", lock);
        put("Lock", "lockInterruptibly", "()V", "lockInterruptibly", lock);
        put("Lock", "tryLock", "()Z", "tryLock", lock);
        put("Lock", "tryLock", "(JLjava/util/concurrent/TimeUnit;)Z", "tryLockTimed", lock);
        put("Lock", "unlock", "()V", "unlock", lock);
        put("Lock", "newCondition", "()Ljava/util/concurrent/locks/Condition;", "newCondition", lock);
        put("Lock", "isLocked", "()Z", "isLocked", lock);
        put("Lock", "isHeldByCurrentThread", "()Z", "isHeldByCurrentThread", lock);
        put("Lock", "getHoldCount", "()I", "getHoldCount", lock);
        put("Lock", "hasQueuedThreads", "()Z", "hasQueuedThreads", lock);
        put("Lock", "hasQueuedThread", "(Ljava/lang/Thread;)Z", "hasQueuedThread", lock);
        put("Lock", "getQueueLength", "()I", "getQueueLength", lock);
        put("Lock", "hasWaiters", "(Ljava/util/concurrent/locks/Condition;)Z", "hasWaiters", lock);
        put("Lock", "getWaitQueueLength", "(Ljava/util/concurrent/locks/Condition;)I", "getWaitQueueLength", lock);

        String cond = "L" + CONDITION + ";";
        put("Condition", "await", "()V", "await", cond);
        put("Condition", "awaitUninterruptibly", "()V", "awaitUninterruptibly", cond);
        put("Condition", "await", "(JLjava/util/concurrent/TimeUnit;)Z", "awaitTimed", cond);
        put("Condition", "awaitNanos", "(J)J", "awaitNanos", cond);
        put("Condition", "awaitUntil", "(Ljava/util/Date;)Z", "awaitUntil", cond);
        put("Condition", "signal", "()V", "signal", cond);
        put("Condition", "signalAll", "()V", "signalAll", cond);

        String sem = "L" + SEMAPHORE + ";";
        put("Semaphore", "acquire", "()V", "semAcquire", sem);
        put("Semaphore", "acquire", "(I)V", "semAcquireN", sem);
        put("Semaphore", "acquireUninterruptibly", "()V", "semAcquireUninterruptibly", sem);
        put("Semaphore", "acquireUninterruptibly", "(I)V", "semAcquireUninterruptiblyN", sem);
        put("Semaphore", "tryAcquire", "()Z", "semTryAcquire", sem);
        put("Semaphore", "tryAcquire", "(I)Z", "semTryAcquireN", sem);
        put("Semaphore", "tryAcquire", "(JLjava/util/concurrent/TimeUnit;)Z", "semTryAcquireTimed", sem);
        put("Semaphore", "release", "()V", "semRelease", sem);
        put("Semaphore", "release", "(I)V", "semReleaseN", sem);
        put("Semaphore", "availablePermits", "()I", "semAvailablePermits", sem);
        put("Semaphore", "hasQueuedThreads", "()Z", "semHasQueuedThreads", sem);
        put("Semaphore", "getQueueLength", "()I", "semGetQueueLength", sem);
        put("Semaphore", "drainPermits", "()I", "semDrainPermits", sem);

        String latch = "L" + LATCH + ";";
        put("Latch", "await", "()V", "latchAwait", latch);
        put("Latch", "await", "(JLjava/util/concurrent/TimeUnit;)Z", "latchAwaitTimed", latch);
        put("Latch", "countDown", "()V", "latchCountDown", latch);
        put("Latch", "getCount", "()J", "latchGetCount", latch);

        // random numbers drawn without a seed of the program's own: the same in every execution (Draws)
        put("Math", "random", "()D", "mathRandom", "");
        String tlr = "Ljava/util/concurrent/ThreadLocalRandom;";
        put("TLR", "nextInt", "()I", "tlrNextInt", tlr);
        put("TLR", "nextInt", "(I)I", "tlrNextIntBound", tlr);
        put("TLR", "nextInt", "(II)I", "tlrNextIntRange", tlr);
        put("TLR", "nextLong", "()J", "tlrNextLong", tlr);
        put("TLR", "nextLong", "(J)J", "tlrNextLongBound", tlr);
        put("TLR", "nextLong", "(JJ)J", "tlrNextLongRange", tlr);
        put("TLR", "nextDouble", "()D", "tlrNextDouble", tlr);
        put("TLR", "nextBoolean", "()Z", "tlrNextBoolean", tlr);

        // getParties() never changes: the real barrier answers it
        String barrier = "L" + BARRIER + ";";
        put("Barrier", "await", "()I", "barrierAwait", barrier);
        put("Barrier", "await", "(JLjava/util/concurrent/TimeUnit;)I", "barrierAwaitTimed", barrier);
        put("Barrier", "reset", "()V", "barrierReset", barrier);
        put("Barrier", "isBroken", "()Z", "barrierIsBroken", barrier);
        put("Barrier", "getNumberWaiting", "()I", "barrierGetNumberWaiting", barrier);
    }

    /** java.util types (and StringBuilder) whose instances are not thread-safe: calls on them are reads/writes of the object. */
    private static final Set<String> COLLECTIONS = Set.of(
            "java/util/Collection", "java/util/List", "java/util/Queue", "java/util/Deque", "java/util/Set",
            "java/util/Map", "java/util/SortedMap", "java/util/NavigableMap", "java/util/SortedSet",
            "java/util/AbstractList", "java/util/AbstractCollection", "java/util/ArrayList", "java/util/LinkedList",
            "java/util/ArrayDeque", "java/util/PriorityQueue", "java/util/HashMap", "java/util/LinkedHashMap",
            "java/util/TreeMap", "java/util/HashSet", "java/util/LinkedHashSet", "java/util/TreeSet",
            "java/util/Iterator", "java/util/ListIterator",
            "java/util/IdentityHashMap", "java/util/WeakHashMap", "java/util/EnumMap", "java/util/BitSet",
            // not a collection, but a state every draw changes, and no lock of its own (java.util.Random has one)
            "java/util/SplittableRandom",
            // not thread-safe either (StringBuffer is, through its own monitor: SELF_LOCKED)
            "java/lang/StringBuilder");

    /**
     * Thread-safe through their own monitor, which the program may hold too ({@code synchronized (sb)}): a call
     * on them waits for the model's monitor. Vector and Hashtable (and their subclasses) are also reached through
     * List and Map; typed as themselves, their calls are points only because they are listed here.
     */
    private static final Set<String> SELF_LOCKED = Set.of(
            "java/lang/StringBuffer", "java/io/PrintStream",
            "java/util/Vector", "java/util/Stack", "java/util/Hashtable", "java/util/Properties");

    private CallRewrites() {
    }

    /** Every replacement, keyed "Group.name(desc)", with the hook's full descriptor: for the test that each one exists. */
    static Map<String, String> hookDescriptors() {
        Map<String, String> all = new java.util.TreeMap<>();
        REPLACEMENTS.forEach((key, r) -> {
            String desc = key.substring(key.indexOf('('));
            String args = desc.substring(1, desc.indexOf(')'));
            String ret = desc.substring(desc.indexOf(')') + 1);
            all.put(key, r.hook() + "(" + r.receiverDesc() + args + "I)" + ret);
        });
        return all;
    }

    /** The replacement for this call, or null. */
    static Replacement replacement(String owner, String name, String desc, ClassHierarchy h) {
        String group = group(owner, name, desc, h);
        return group == null ? null : REPLACEMENTS.get(group + "." + name + desc);
    }

    private static String group(String owner, String name, String desc, ClassHierarchy h) {
        if ((name.equals("wait") || name.equals("notify") || name.equals("notifyAll"))
                && REPLACEMENTS.containsKey("Object." + name + desc)) {
            return "Object"; // final methods of Object: whatever the static receiver type
        }
        if (owner.equals(THREAD) || (!owner.startsWith("java/") && h.isSubtype(owner, THREAD))) {
            return "Thread";
        }
        if (owner.equals(LOCK) || owner.equals(REENTRANT_LOCK)) {
            return "Lock";
        }
        if (owner.equals(CONDITION)) {
            return "Condition";
        }
        if (owner.equals(SEMAPHORE)) {
            return "Semaphore";
        }
        if (owner.equals(LATCH)) {
            return "Latch";
        }
        if (owner.equals(BARRIER) || (!owner.startsWith("java/") && h.isSubtype(owner, BARRIER))) {
            return "Barrier"; // a subclass's calls too: the hook refuses it rather than let the JDK's code run beside the model
        }
        if (owner.equals(LOCK_SUPPORT)) {
            return "LockSupport";
        }
        if (owner.equals("java/lang/System")) {
            return "System";
        }
        if (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath")) {
            return "Math";
        }
        if (owner.equals("java/util/concurrent/ThreadLocalRandom")) {
            return "TLR";
        }
        if (owner.equals("java/lang/Runtime")) {
            return "Runtime";
        }
        return null;
    }

    /** Calls whose value the program sees as time: answered by the execution's virtual clock. Not scheduling points. */
    static String clockHook(String owner, String name, String desc) {
        if (owner.equals("java/lang/System") && desc.equals("()J") && (name.equals("nanoTime") || name.equals("currentTimeMillis"))) {
            return name;
        }
        if (owner.equals("java/time/Instant") && name.equals("now") && desc.equals("()Ljava/time/Instant;")) {
            return "instantNow";
        }
        return null;
    }

    /**
     * Types whose calls are not JDK calls (modelled, or pure). A ReentrantLock's or a Semaphore's calls without a
     * hook of their own (hasQueuedThreads, drainPermits ...) are JDK calls: a fair one runs the JDK's code.
     */
    private static final Set<String> MODELLED = Set.of(LOCK, CONDITION, LATCH, BARRIER, LOCK_SUPPORT,
            "java/util/concurrent/TimeUnit", "java/util/concurrent/ThreadLocalRandom");

    /**
     * A call on an object of {@code java.util.concurrent} (a blocking queue, a concurrent
     * map, an executor, a future ...): one scheduling point, then the JDK's real code. Static calls
     * (factories) and the modelled types are not.
     */
    static boolean isJdkCall(int opcode, String owner, String name) {
        return (opcode == org.objectweb.asm.Opcodes.INVOKEVIRTUAL || opcode == org.objectweb.asm.Opcodes.INVOKEINTERFACE)
                && owner.startsWith("java/util/concurrent/") && !owner.startsWith("java/util/concurrent/atomic/")
                && !MODELLED.contains(owner) && !name.equals("toString") && !name.equals("hashCode") && !name.equals("equals");
    }

    /**
     * A read or write of a field through {@code java.lang.reflect.Field} (get, getInt ..., set, setInt ...) or of an
     * array element through {@code java.lang.reflect.Array}: an access to the field or element itself.
     */
    static boolean isReflectiveAccess(int opcode, String owner, String name, String desc) {
        if (!(name.startsWith("get") || name.startsWith("set"))) {
            return false;
        }
        if (owner.equals("java/lang/reflect/Field")) {
            return opcode == org.objectweb.asm.Opcodes.INVOKEVIRTUAL && desc.startsWith("(Ljava/lang/Object;")
                    && !name.equals("getDeclaringClass");
        }
        return owner.equals("java/lang/reflect/Array") && opcode == org.objectweb.asm.Opcodes.INVOKESTATIC
                && desc.startsWith("(Ljava/lang/Object;I") && !name.equals("getLength");
    }

    /** Calls that run for real at their turn: atomics and non-thread-safe collections. */
    static boolean isVisibleCall(int opcode, String owner, String name) {
        if (name.startsWith("<") || opcode == org.objectweb.asm.Opcodes.INVOKESTATIC
                || opcode == org.objectweb.asm.Opcodes.INVOKESPECIAL) {
            return false;
        }
        return owner.startsWith("java/util/concurrent/atomic/") || owner.equals("java/lang/invoke/VarHandle") || COLLECTIONS.contains(owner)
                || SELF_LOCKED.contains(owner);
    }
}
