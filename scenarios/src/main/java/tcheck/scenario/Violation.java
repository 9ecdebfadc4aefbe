package tcheck.scenario;

/**
 * Thrown by {@link Program#check()} when a property of the final state is broken. The kind uses the
 * words of the results contract ("invariant", "torn-read", ...) so engines can report it as is.
 */
public class Violation extends AssertionError {
    private final String kind;

    public Violation(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** A broken final-state invariant, such as a lost update. */
    public static Violation invariant(String message) {
        return new Violation("invariant", message);
    }

    public String kind() {
        return kind;
    }
}
