package tcheck.checker.explorer.runtime;

/** The visible operations a thread can be about to perform at a scheduling point. */
public enum OpKind {
    READ, WRITE,
    MONITOR_ENTER, MONITOR_EXIT, WAIT, WAKE, NOTIFY, NOTIFY_ALL,
    LOCK, TRY_LOCK, UNLOCK, AWAIT, AWAKE, SIGNAL, SIGNAL_ALL,
    ACQUIRE, TRY_ACQUIRE, RELEASE, LATCH_AWAIT, COUNT_DOWN,
    CALL,
    /** A call into java.util.concurrent's own code (a barrier, a queue, an executor ...): one step up to its next park. */
    JDK_CALL,
    /** LockSupport.park (the JDK's or the program's own): blocked until unparked, interrupted or timed out. */
    PARK,
    UNPARK,
    INTERRUPT,
    /** Reads a thread's interrupt flag (isInterrupted, interrupted). */
    INTERRUPT_CHECK,
    SLEEP,
    START, JOIN, YIELD;

    /**
     * Operations whose effects reach further than their target (JDK code shares state between
     * objects, e.g. a read-write lock's two views; an unpark, an interrupt or the clock reach other
     * threads): dependent with every other operation, so the search never skips their reorderings.
     */
    public boolean isGlobal() {
        return switch (this) {
            case JDK_CALL, PARK, UNPARK, INTERRUPT, INTERRUPT_CHECK, SLEEP -> true;
            default -> false;
        };
    }

    /** Operations that synchronize on an object (locks, monitors, semaphores, latches). */
    public boolean isSync() {
        return switch (this) {
            case READ, WRITE, CALL, START, JOIN, YIELD, SLEEP -> false;
            default -> true;
        };
    }
}
