package tcheck.checker.explorer.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * {@code java.util.concurrent.Semaphore}: a count of permits, read from the real object when first
 * met. {@code acquire} waits for enough permits (or an interrupt, when interruptible); a release
 * publishes the thread's clock, an acquire learns it.
 */
final class SemaphoreModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final Map<Object, CounterState> semaphores = new IdentityHashMap<>();

    SemaphoreModel(ModelContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.ACQUIRE, OpKind.TRY_ACQUIRE, OpKind.RELEASE, OpKind.SEMAPHORE_QUERY);
    }

    CounterState semaphore(Object o) {
        return semaphores.computeIfAbsent(o, k -> new CounterState(ctx.names.of(k), ((Semaphore) k).availablePermits()));
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        return op.kind() != OpKind.ACQUIRE || semaphore(op.target()).value >= (Integer) op.arg() || ModelContext.interruptible(t);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        CounterState s = semaphore(op.target());
        if (op.kind() == OpKind.SEMAPHORE_QUERY) {
            return query(t, s, op);
        }
        int n = (Integer) op.arg();
        switch (op.kind()) {
            case ACQUIRE, TRY_ACQUIRE -> {
                if (ModelContext.interruptible(t)) {
                    return ModelContext.INTERRUPTED; // acquire() and a timed tryAcquire check the flag first
                }
                if (s.value < n) {
                    return op.kind() == OpKind.ACQUIRE ? ModelContext.INTERRUPTED : Boolean.FALSE;
                }
                s.value -= n;
                t.hb.join(s.released);
                return op.kind() == OpKind.ACQUIRE ? null : Boolean.TRUE;
            }
            default -> {
                s.value += n;
                ModelContext.publish(t, s.released);
                return null;
            }
        }
    }

    private Object query(ThreadState t, CounterState s, Op op) {
        t.hb.join(s.released); // drainPermits acquires; the others read the volatile count the last release wrote
        return switch ((String) op.slot()) {
            case "availablePermits" -> (int) s.value;
            case "drainPermits" -> {
                int drained = (int) Math.max(0, s.value);
                s.value -= drained;
                yield drained;
            }
            case "hasQueuedThreads" -> !ctx.queued(op.target(), OpKind.ACQUIRE, this).isEmpty();
            default -> ctx.queued(op.target(), OpKind.ACQUIRE, this).size(); // getQueueLength
        };
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        if (op.kind() == OpKind.SEMAPHORE_QUERY) {
            return Actions.call(op, s, names);
        }
        String m = names.of(op.target());
        String permits = op.arg() instanceof Integer n && n != 1 ? " (" + n + " permits)" : "";
        return switch (op.kind()) {
            case ACQUIRE -> "acquire " + m + permits + (s.interrupted ? " -> interrupted" : "");
            case TRY_ACQUIRE -> "tryAcquire " + m + permits + " -> " + (s.interrupted ? "interrupted" : s.hasValue ? Actions.show(s.value) : "?");
            default -> "release " + m + permits;
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        CounterState s = semaphores.get(op.target());
        return new Blocked("waits for a permit of " + names.of(op.target()) + " (" + (s == null ? "?" : s.value) + " left)", null);
    }

    @Override
    public long stateHash() {
        long h = 0;
        for (CounterState s : semaphores.values()) {
            h += StateHash.mix(StateHash.mix(s.name.hashCode()) + s.value);
        }
        return h;
    }
}
