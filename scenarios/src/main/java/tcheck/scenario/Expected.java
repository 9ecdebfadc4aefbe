package tcheck.scenario;

/** What a variant is expected to be: a buggy one must yield a counterexample, a fixed one must verify. */
public enum Expected {
    BUGGY, FIXED;

    /** The lower-case word used in results JSON ("buggy" / "fixed"). */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
