package tcheck.checker.explorer.runtime;

/**
 * The time a checked program sees. Starts at the same instant in every execution (so replays print
 * the same values) and moves only when a sleep or a timed wait ends, to the end of that sleep or
 * timeout. It orders nothing: a thread that slept 50 ms may still wake before another runnable
 * thread has taken a step, as on a real JVM; only the values read become consistent with the waits.
 */
final class VirtualClock {
    /** What System.nanoTime() returns at the start of every execution (any origin is allowed). */
    static final long NANO_ORIGIN = 1_000_000_000_000L;
    /** What System.currentTimeMillis() returns at the start: 2026-01-01T00:00:00Z. */
    static final long EPOCH_ORIGIN_MILLIS = 1_767_225_600_000L;

    private long elapsedNanos;

    long elapsed() {
        return elapsedNanos;
    }

    void advanceTo(long elapsed) {
        if (elapsed > elapsedNanos) {
            elapsedNanos = elapsed;
        }
    }

    long nanoTime() {
        return NANO_ORIGIN + elapsedNanos;
    }

    long currentTimeMillis() {
        return EPOCH_ORIGIN_MILLIS + elapsedNanos / 1_000_000L;
    }

    /** The elapsed time at which an absolute currentTimeMillis() deadline passes. */
    static long elapsedAtEpochMillis(long deadlineMillis) {
        return Math.max(0, (deadlineMillis - EPOCH_ORIGIN_MILLIS) * 1_000_000L);
    }
}
