package tcheck.checker.explorer.runtime;

/**
 * What runs the logical threads of an execution. {@link #THREADS}: a fresh platform thread per
 * logical thread per execution (the program's {@code Thread} object is started for real).
 * {@link #POOLED}: the program's {@code Thread} object is never started; its body runs on a
 * platform carrier thread reused across executions, and the checked code is shown the logical
 * thread wherever it asks (see {@link Carriers}). Chosen with {@code -Dtcheck.substrate}; pooled by
 * default, where the JDK's code is under control (else threads).
 */
public enum Substrate {
    THREADS, POOLED;

    /** The system property that chooses the substrate. */
    public static final String PROPERTY = "tcheck.substrate";

    /** The substrate the property asks for (read per execution, so a test may compare both in one JVM). */
    public static Substrate configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return POOLED;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "threads" -> THREADS;
            case "pooled" -> POOLED;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be 'threads' or 'pooled', not '" + v + "'");
        };
    }

    /**
     * The substrate an execution uses: pooled carriers only where the JDK's thread-local and
     * thread-construction code is rewritten to see the logical thread (else thread locals would be the carrier's).
     */
    static Substrate forExecution() {
        Substrate s = configured();
        return s == POOLED && !JdkHandler.installed() ? THREADS : s;
    }
}
