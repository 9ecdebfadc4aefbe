package tcheck.checker.explorer.runtime;

/**
 * What a call on an atomic (an {@code AtomicInteger}, an array or field updater of them, a {@code VarHandle})
 * synchronizes, by its access mode, as the JMM and {@code VarHandle}'s Javadoc say. A volatile read acquires
 * (it sees what the writer it reads from did before), a volatile write releases, a read-modify-write does
 * both; {@code getAcquire} only acquires, {@code setRelease} and {@code lazySet} only release; plain and
 * opaque accesses synchronize nothing. Taken as volatile, {@code setOpaque} and {@code getOpaque} ordered a
 * plain write before a plain read that a weaker processor shows out of order: a missed data race.
 */
final class AtomicModes {
    private AtomicModes() {
    }

    /** Whether the call learns what the threads that released the atomic before it did. */
    static boolean acquires(String method, boolean write, boolean varHandle) {
        if (none(method, varHandle) || releaseOnly(method)) {
            return false;
        }
        return method.endsWith("Acquire") || !write || !isPlainWrite(method);
    }

    /** Whether the call publishes what its thread did so far to the atomic's later acquirers. */
    static boolean releases(String method, boolean write, boolean varHandle) {
        if (none(method, varHandle) || method.endsWith("Acquire")) {
            return false;
        }
        return write;
    }

    private static boolean none(String method, boolean varHandle) {
        // an Atomic*'s weakCompareAndSet has plain memory effects since JDK 9; a VarHandle's is volatile
        return method.endsWith("Plain") || method.endsWith("Opaque") || !varHandle && method.equals("weakCompareAndSet");
    }

    private static boolean releaseOnly(String method) {
        return method.endsWith("Release") || method.equals("lazySet");
    }

    /** A write that reads nothing: a volatile {@code set}, which releases and does not acquire. */
    private static boolean isPlainWrite(String method) {
        return method.equals("set") || method.equals("setVolatile");
    }
}
