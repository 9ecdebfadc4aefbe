package tcheck.results;

/**
 * What a step contributes to the failure a trace shows, so readers see at once which few steps
 * make the bug among the many that only lead to it. A step can carry several marks.
 */
public enum StepMark {
    /** One side of a data race: an access unordered by happens-before with another one marked so. */
    RACE("racing access"),
    /** A read the thread later acts on, although another thread changed the value in between. */
    STALE_CHECK("stale check"),
    /** Another thread's change between a stale check and the act that relies on it. */
    INTERFERES("changes it meanwhile"),
    /** A notify or signal whose woken thread only waits again: the wake-up was meant for another. */
    WRONG_WAKEUP("wrong wake-up"),
    /** The call that throws. */
    THROWS("throws"),
    /** A read that sees a half-done update. */
    TORN_READ("torn read"),
    /** The step that leaves a thread blocked for ever: a wait never answered, or the lock it holds while it waits for another. */
    BLOCKS_FOREVER("then blocked for ever"),
    /** A step of the cycle a livelock repeats. */
    LAP("the lap begins"),
    /** Where the bug happens: the act that breaks the property. */
    FAILS_HERE("fails here"),
    /** Where a check notices the failure that happened earlier. */
    NOTICED("noticed here");

    private final String words;

    StepMark(String words) {
        this.words = words;
    }

    /** How the mark reads next to a step. */
    public String words() {
        return words;
    }
}
