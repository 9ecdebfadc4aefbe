package tcheck.checker.explorer.runtime;

import tcheck.checker.explorer.jdk.JdkControl;

/**
 * What runs the logical threads of an execution. {@link #THREADS}: a fresh platform thread per
 * logical thread per execution (the program's {@code Thread} object is started for real).
 * {@link #POOLED}: the program's {@code Thread} object is never started; its body runs on a
 * platform carrier thread reused across executions, and the checked code is shown the logical
 * thread wherever it asks (see {@link Carriers}). {@link #VIRTUAL} (JDK 21 and later): as pooled, but
 * each body runs on a virtual thread and all of them on one carrier, so a hand-off is a continuation
 * switch, not an OS thread switch (see {@link VirtualCarriers}). Chosen with {@code -Dtcheck.substrate};
 * by default virtual where the JDK has virtual threads, else pooled, where the JDK's code is under
 * control (else threads).
 */
public enum Substrate {
    THREADS, POOLED, VIRTUAL;

    /** The system property that chooses the substrate. */
    public static final String PROPERTY = "tcheck.substrate";

    /** Whether this JDK has virtual threads (21 and later). */
    private static final boolean VIRTUAL_THREADS = Runtime.version().feature() >= 21;

    /** The substrates this JDK has: virtual threads from JDK 21 on. */
    public static java.util.List<Substrate> available() {
        return VIRTUAL_THREADS ? java.util.List.of(THREADS, POOLED, VIRTUAL) : java.util.List.of(THREADS, POOLED);
    }

    /** The substrate the property asks for (read per execution, so a test may compare both in one JVM). */
    public static Substrate configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return VIRTUAL_THREADS ? VIRTUAL : POOLED;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "threads" -> THREADS;
            case "pooled" -> POOLED;
            case "virtual" -> {
                if (!VIRTUAL_THREADS) {
                    throw new IllegalArgumentException("-D" + PROPERTY + "=virtual needs JDK 21 or later; this is JDK "
                            + Runtime.version().feature());
                }
                yield VIRTUAL;
            }
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be 'threads', 'pooled' or 'virtual', not '" + v + "'");
        };
    }

    /**
     * The substrate an execution uses: pooled carriers only where the JDK's thread-local and
     * thread-construction code is rewritten to see the logical thread (else thread locals would be the carrier's).
     */
    static Substrate forExecution() {
        Substrate s = configured();
        if (s != THREADS && !JdkControl.installed()) {
            return THREADS;
        }
        if (s == VIRTUAL && VirtualCarriers.problem() != null) {
            if (Boolean.getBoolean("tcheck.debug") && !saidWhyNotVirtual) {
                saidWhyNotVirtual = true;
                System.err.println("[tcheck] no virtual-thread substrate here, pooled carriers instead: " + VirtualCarriers.problem());
            }
            return POOLED;
        }
        return s;
    }

    private static volatile boolean saidWhyNotVirtual;

    /** Whether the program's {@code Thread} objects are never started, their bodies run on the explorer's carriers. */
    boolean carried() {
        return this != THREADS;
    }
}
