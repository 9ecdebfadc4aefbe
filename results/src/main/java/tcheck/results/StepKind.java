package tcheck.results;

/** What sort of operation a trace step is, coarse enough for folding and explaining a trace. */
public enum StepKind {
    /** Reads shared data (a field, an element, or a call that only looks, like isEmpty()). */
    READ,
    /** Changes shared data (a field, an element, or a call that modifies, like removeFirst()). */
    WRITE,
    /** Takes a lock, a monitor or a permit. */
    ACQUIRE,
    /** Gives a lock, a monitor or a permit back. */
    RELEASE,
    /** Waits on a condition or monitor (and lets its lock go). */
    WAIT,
    /** Returns from a wait. */
    WAKE,
    /** Notifies or signals waiters. */
    NOTIFY,
    /** Starts a thread; the harness's doing. */
    START,
    /** Joins a thread; the harness's doing. */
    JOIN,
    OTHER
}
