package tcheck.checker.explorer.runtime;

/** The visible operations a thread can be about to perform at a scheduling point. */
public enum OpKind {
    READ, WRITE,
    MONITOR_ENTER, MONITOR_EXIT, WAIT, WAKE, NOTIFY, NOTIFY_ALL,
    LOCK, TRY_LOCK, UNLOCK, AWAIT, AWAKE, SIGNAL, SIGNAL_ALL,
    ACQUIRE, TRY_ACQUIRE, RELEASE, LATCH_AWAIT, COUNT_DOWN,
    CALL,
    START, JOIN, YIELD;

    /** Operations that synchronize on an object (locks, monitors, semaphores, latches). */
    public boolean isSync() {
        return switch (this) {
            case READ, WRITE, CALL, START, JOIN, YIELD -> false;
            default -> true;
        };
    }
}
