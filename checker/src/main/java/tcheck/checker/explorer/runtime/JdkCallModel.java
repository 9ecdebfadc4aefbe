package tcheck.checker.explorer.runtime;

import java.util.Set;

/**
 * A call into the JDK's own {@code java.util.concurrent} code (a phaser, a blocking queue, a
 * concurrent map, an executor, a future ...): one step that runs the real code up to its end or its
 * next park. Its objects share state behind their API (a read-write lock's two views, a map's key
 * set), so every such call synchronizes with every other one through one clock, and is dependent
 * with every operation: the search never assumes two of them commute. The exception are the
 * JDK's locks ({@link OpKind#JDK_LOCK_CALL}, see {@link JdkLocks}): a call on one depends only on
 * calls on the same lock.
 */
final class JdkCallModel implements PrimitiveModel {
    /** One synchronization clock for all of the JDK's concurrent code. */
    private final VectorClock fence = new VectorClock();
    /** The program's monitors: a synchronized collection's call enters one (see {@link SynchronizedMutex}). */
    private final MonitorModel monitors;

    JdkCallModel(MonitorModel monitors) {
        this.monitors = monitors;
    }

    /** The monitor the call enters for its duration, or null. */
    private static Object mutex(Op op) {
        return op.kind() == OpKind.JDK_CALL ? SynchronizedMutex.of(op.target(), String.valueOf(op.slot())) : null;
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        Object m = mutex(op);
        return m == null || monitors.monitor(m).availableTo(t);
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, java.util.List<ThreadState> threads, ObjectNames names) {
        Object m = mutex(op);
        if (m == null) {
            return PrimitiveModel.super.blocked(t, op, threads, names);
        }
        return monitors.monitor(m).waitingToEnter("its " + op.slot() + "() is synchronized");
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.JDK_CALL, OpKind.JDK_LOCK_CALL);
    }

    /** A full fence on the JDK's shared clock: what the thread did is seen by later JDK calls, and the reverse. */
    void fence(ThreadState t) {
        t.hb.join(fence);
        ModelContext.publish(t, fence);
    }

    /**
     * The JDK's code synchronizes inside itself (a CAS, a volatile write before an unpark) where the
     * explorer sees no operation: a thread that hands off there (unparks another, reaches a park,
     * ends) publishes what it did, so the receiving side's fence learns it. Never a false race.
     */
    void publish(ThreadState t) {
        ModelContext.publish(t, fence);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        Object m = mutex(op);
        if (m != null) {
            monitors.monitor(m).passThrough(t);
        }
        fence(t);
        return null;
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        return Actions.call(op, s, names);
    }
}
