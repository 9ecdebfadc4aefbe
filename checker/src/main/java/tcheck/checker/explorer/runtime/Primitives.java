package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The models of the primitives in one execution, one per kind of primitive (one file each), and
 * the dispatch from an operation to the model that performs it. The real objects are never locked
 * or counted down: only the models change, when the scheduler performs a chosen thread's operation.
 */
final class Primitives {
    private final ModelContext ctx;
    private final MonitorModel monitors;
    private final ReentrantLockModel locks;
    private final ConditionModel conditions;
    private final SemaphoreModel semaphores;
    private final LatchModel latches;
    private final BarrierModel barriers;
    private final MemoryModel memory;
    private final JdkCallModel jdk;
    private final LockedCallModel lockedCalls;
    private final ClassInitModel classInits;
    private final List<PrimitiveModel> all = new ArrayList<>();
    private final Map<OpKind, PrimitiveModel> byKind = new EnumMap<>(OpKind.class);

    /**
     * @param chooseWaiter picks which of several waiters a notify/signal wakes (a search choice)
     * @param threads      the execution's state of a thread, or null for a thread it does not know
     * @param register     adds a started thread to the execution
     * @param all          every thread of the execution
     */
    Primitives(ObjectNames names, VirtualClock clock, boolean spuriousWakeups, Function<List<ThreadState>, ThreadState> chooseWaiter,
               Function<Thread, ThreadState> threads, Consumer<Thread> register, java.util.function.Supplier<List<ThreadState>> all) {
        ctx = new ModelContext(names, clock, spuriousWakeups, chooseWaiter, threads, all);
        monitors = add(new MonitorModel(ctx));
        jdk = new JdkCallModel(monitors);
        lockedCalls = add(new LockedCallModel(monitors, names));
        locks = add(new ReentrantLockModel(ctx));
        conditions = add(new ConditionModel(ctx, locks));
        semaphores = add(new SemaphoreModel(ctx));
        latches = add(new LatchModel(ctx));
        barriers = add(new BarrierModel(ctx));
        memory = add(new MemoryModel(ctx));
        add(jdk);
        add(new ParkModel(ctx, jdk));
        add(new ThreadModel(ctx, jdk, register));
        classInits = add(new ClassInitModel());
        for (OpKind k : OpKind.values()) {
            if (!byKind.containsKey(k)) {
                throw new IllegalStateException("no model performs " + k);
            }
        }
    }

    private <M extends PrimitiveModel> M add(M model) {
        all.add(model);
        for (OpKind k : model.kinds()) {
            if (byKind.put(k, model) != null) {
                throw new IllegalStateException(k + " has two models");
            }
        }
        return model;
    }

    PrimitiveModel model(OpKind kind) {
        return byKind.get(kind);
    }

    LockedCallModel lockedCalls() {
        return lockedCalls;
    }

    ClassInitModel classInits() {
        return classInits;
    }

    void setTimeoutsFire(boolean on) {
        ctx.timeoutsFire = on;
    }

    /** Whether the thread's pending operation can proceed now. */
    boolean isEnabled(ThreadState t) {
        return model(t.pending.kind()).enabled(t, t.pending);
    }

    /** Performs a chosen thread's operation on its model; returns its result, if it has one. */
    Object execute(ThreadState t, Op op, int step) {
        return model(op.kind()).execute(t, op, step);
    }

    String describe(Step s, ObjectNames names) {
        return model(s.op.kind()).describe(s.op, s, names);
    }

    PrimitiveModel.Blocked blocked(ThreadState t, List<ThreadState> threads, ObjectNames names) {
        return model(t.pending.kind()).blocked(t, t.pending, threads, names);
    }

    List<String> holdings(ThreadState t) {
        List<String> held = new ArrayList<>();
        all.forEach(m -> m.holdings(t, held));
        held.sort(null);
        return held;
    }

    /** Held locks and non-empty wait sets of every model, by name (sorted: models keep identity maps). */
    void ownersAndWaitSets(Map<String, String> owners, Map<String, List<String>> waitSets) {
        all.forEach(m -> m.ownersAndWaitSets(owners, waitSets));
    }

    long stateHash() {
        long h = ctx.clock.elapsed() * 0xC2B2AE3D27D4EB4FL; // time that moved is a state that changed (a timeout loop is no livelock)
        for (PrimitiveModel m : all) {
            h += m.stateHash();
        }
        return h;
    }

    /** The thread's effects become visible to every later JDK synchronization (a hand-off the JDK does inside its own code). */
    void jdkPublish(ThreadState t) {
        jdk.publish(t);
    }

    void silentAccess(ThreadState t, Op op, int step) {
        memory.silentAccess(t, op, step);
    }

    // ------------------------------------------------------------------ queries of the hooks

    RaceDetector raceDetector() {
        return ctx.races;
    }

    List<RaceDetector.Race> races() {
        return ctx.races.races();
    }

    boolean holdsMonitor(ThreadState t, Object o) {
        return monitors.holds(t, o);
    }

    boolean holdsLock(ThreadState t, Object o) {
        return locks.holds(t, o);
    }

    int holdCount(ThreadState t, Object o) {
        return locks.holdCount(t, o);
    }

    BarrierModel barriers() {
        return barriers;
    }

    void registerCondition(Condition c, Lock owner) {
        conditions.register(c, owner);
    }

    boolean isModelledCondition(Object c) {
        return conditions.isModelled(c);
    }

    ConditionState condition(Object c) {
        return conditions.condition(c);
    }

    boolean conditionLockHeld(ThreadState t, Object c) {
        return conditions.lockHeld(t, c);
    }
}
