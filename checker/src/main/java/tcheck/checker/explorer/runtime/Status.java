package tcheck.checker.explorer.runtime;

/** Life cycle of a thread under the explorer. */
enum Status {
    /** Started by its parent; runs alone up to its first scheduling point. */
    STARTING,
    /** Parked at a scheduling point with a pending operation (or running, if it holds the turn). */
    READY,
    TERMINATED
}
