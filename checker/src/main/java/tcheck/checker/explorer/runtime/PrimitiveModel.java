package tcheck.checker.explorer.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model of one kind of primitive (monitors, ReentrantLock, Condition, Semaphore, ...), in one
 * execution. It owns the primitive's state and everything the explorer needs to know about its
 * operations: when one is enabled, its effect (including the happens-before edges the race
 * detector follows), the words of its trace step, why a thread waiting on it is blocked, and its
 * part of the state fingerprint. How its operations depend on others for partial-order reduction
 * is declared with their kinds ({@link OpKind#dependence()}). A new primitive is one new model and
 * one line in {@link Primitives}.
 */
interface PrimitiveModel {
    /** The operations this model performs. */
    Set<OpKind> kinds();

    /** Whether the thread's pending operation can proceed now (a free lock, a permit, a notification ...). */
    default boolean enabled(ThreadState t, Op op) {
        return true;
    }

    /** Performs a chosen thread's operation; returns its result, if it has one (tryLock's outcome ...). */
    Object execute(ThreadState t, Op op, int step);

    /** The words of a step performing {@code op}: "lock Fork#2", "notify() on Buffer#1 -> wakes C1". */
    String describe(Op op, Step s, ObjectNames names);

    /** Why a thread stuck on {@code op} waits, and for whom, for the deadlock report. */
    default Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        return new Blocked("is blocked", null);
    }

    /** The names of what this thread holds of this primitive (locks), for the deadlock report. */
    default void holdings(ThreadState t, List<String> out) {
    }

    /**
     * For the trace's synchronization state: who holds this model's locks (lock name -> owner) and who
     * is in its wait sets (name -> threads in arrival order). Only held locks and non-empty sets.
     */
    default void ownersAndWaitSets(Map<String, String> owners, Map<String, List<String>> waitSets) {
    }

    /** This model's part of the state fingerprint; order-independent, value-based. */
    default long stateHash() {
        return 0;
    }

    /** A blocked thread's reason in words, and the thread it waits for (a lock's owner), if one. */
    record Blocked(String words, ThreadState waitsFor) {
    }
}
