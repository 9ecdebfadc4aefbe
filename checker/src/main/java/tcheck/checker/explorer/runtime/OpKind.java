package tcheck.checker.explorer.runtime;

/**
 * The visible operations a thread can be about to perform at a scheduling point, each with how it
 * depends on others for partial-order reduction. The model that performs each kind is registered
 * in {@link Primitives}.
 */
public enum OpKind {
    READ(Dependence.MEMORY), WRITE(Dependence.MEMORY), CALL(Dependence.MEMORY),
    MONITOR_ENTER(Dependence.SYNC), MONITOR_EXIT(Dependence.SYNC), WAIT(Dependence.SYNC), WAKE(Dependence.SYNC),
    NOTIFY(Dependence.SYNC), NOTIFY_ALL(Dependence.SYNC),
    LOCK(Dependence.SYNC), TRY_LOCK(Dependence.SYNC), UNLOCK(Dependence.SYNC),
    /** isLocked, hasQueuedThreads, hasQueuedThread, getQueueLength of a modelled ReentrantLock (the method's name is the slot). */
    LOCK_QUERY(Dependence.SYNC),
    AWAIT(Dependence.SYNC), AWAKE(Dependence.SYNC), SIGNAL(Dependence.SYNC), SIGNAL_ALL(Dependence.SYNC),
    /** hasWaiters or getWaitQueueLength of a modelled lock, about one of its conditions (the method's name is the slot). */
    CONDITION_QUERY(Dependence.SYNC),
    ACQUIRE(Dependence.SYNC), TRY_ACQUIRE(Dependence.SYNC), RELEASE(Dependence.SYNC),
    /** availablePermits, hasQueuedThreads, getQueueLength or drainPermits of a modelled Semaphore (the method's name is the slot). */
    SEMAPHORE_QUERY(Dependence.SYNC),
    LATCH_AWAIT(Dependence.SYNC), COUNT_DOWN(Dependence.SYNC),
    /** getCount of a CountDownLatch: a read of its count that the count-downs change. */
    LATCH_QUERY(Dependence.SYNC),
    /** A party arrives at a CyclicBarrier (it then waits with {@link #BARRIER_RESUME}, unless it was the last or failed). */
    BARRIER_AWAIT(Dependence.SYNC),
    /** A party waiting at a CyclicBarrier returns: its round tripped or broke, or it was interrupted or timed out. */
    BARRIER_RESUME(Dependence.SYNC),
    /** The barrier action, run by the last party, is over: the barrier trips (or breaks, when the action threw). */
    BARRIER_ACTION_DONE(Dependence.SYNC),
    BARRIER_RESET(Dependence.SYNC),
    /** isBroken() or getNumberWaiting() of a CyclicBarrier (the method's name is the slot). */
    BARRIER_QUERY(Dependence.SYNC),
    /** Takes (or waits for) the JVM's initialization lock of a class under test, or first uses a class another thread initialized. */
    CLASS_INIT(Dependence.SYNC),
    /** A call into java.util.concurrent's own code (a phaser, a queue, an executor ...): one step up to its next park. */
    JDK_CALL(Dependence.GLOBAL),
    /**
     * A call on one of the JDK's locks (a read-write lock, its views and conditions, a StampedLock):
     * dependent only on calls on the same lock that change it ({@link JdkLocks}), as a call on an object is.
     */
    JDK_LOCK_CALL(Dependence.MEMORY),
    /**
     * A call on a JDK object whose method holds the object's own monitor while it runs (a StringBuffer's,
     * a PrintStream's, see {@link LockedCallModel}): waits for the program's {@code synchronized} on the
     * object, and depends on calls on it that change it and on every monitor operation on it.
     */
    LOCKED_CALL(Dependence.MEMORY),
    /** LockSupport.park (the JDK's or the program's own): blocked until unparked, interrupted or timed out. */
    PARK(Dependence.GLOBAL),
    UNPARK(Dependence.GLOBAL),
    /**
     * An untimed park inside a call on one of the JDK's locks: only that lock's release (a call on it),
     * an interrupt or an unpark (both dependent with every step) end it, and what it does when it
     * resumes is that call's, on that lock.
     */
    LOCK_PARK(Dependence.MEMORY),
    INTERRUPT(Dependence.GLOBAL),
    /** Reads a thread's interrupt flag (isInterrupted, interrupted). */
    INTERRUPT_CHECK(Dependence.GLOBAL),
    /** Reads another thread's state (getState): as the model has it, not as the real, merely unscheduled thread is. */
    THREAD_STATE(Dependence.GLOBAL),
    SLEEP(Dependence.GLOBAL),
    START(Dependence.ORDERED), JOIN(Dependence.ORDERED), YIELD(Dependence.ORDERED);

    /** How operations of a kind conflict with others. */
    public enum Dependence {
        /** Conflicts with an access to the same location when one of the two writes. */
        MEMORY,
        /** Conflicts with every synchronizing operation on the same object (a lock, a monitor, a semaphore ...). */
        SYNC,
        /**
         * Conflicts with every operation: its effects reach further than its target (JDK code shares
         * state between objects, e.g. a read-write lock's two views; an unpark, an interrupt or the
         * clock reach other threads), so the search never skips its reorderings.
         */
        GLOBAL,
        /** Ordered by happens-before edges (start, join), not by conflicts; yield changes nothing. */
        ORDERED
    }

    private final Dependence dependence;

    OpKind(Dependence dependence) {
        this.dependence = dependence;
    }

    public Dependence dependence() {
        return dependence;
    }

    /** A memory-dependent operation on a whole object (its slot names the method, not a location). */
    boolean wholeObject() {
        return this == CALL || this == JDK_LOCK_CALL || this == LOCKED_CALL || this == LOCK_PARK;
    }
}
