package tcheck.scenario;

/** The properties a scenario asks the engines to check. */
public enum Property {
    /** The final-state invariant of {@link Program#check()}. */
    INVARIANT,
    /** No thread dies of an uncaught exception. */
    NO_EXCEPTION,
    /** Never every live thread blocked. */
    NO_DEADLOCK,
    /** Every thread finishes: no livelock, no endless spinning. */
    TERMINATION,
    /** Conflicting accesses to plain fields are ordered by happens-before. */
    NO_DATA_RACE,
    /** The concurrent object behaves like its sequential spec. */
    LINEARIZABLE
}
