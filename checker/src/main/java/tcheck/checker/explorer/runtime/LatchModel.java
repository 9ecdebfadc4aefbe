package tcheck.checker.explorer.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java.util.concurrent.CountDownLatch}: a count read from the real object when first met;
 * {@code await} waits for zero (or an interrupt, or its timeout when nothing else can run); each
 * {@code countDown} publishes the thread's clock to the waiters.
 */
final class LatchModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final Map<Object, CounterState> latches = new IdentityHashMap<>();

    LatchModel(ModelContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.LATCH_AWAIT, OpKind.COUNT_DOWN, OpKind.LATCH_QUERY);
    }

    CounterState latch(Object o) {
        return latches.computeIfAbsent(o, k -> new CounterState(ctx.names.of(k), ((CountDownLatch) k).getCount()));
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        return op.kind() != OpKind.LATCH_AWAIT || ctx.mayTimeOut(t) && Boolean.TRUE.equals(op.arg())
                || latch(op.target()).value == 0 || ModelContext.interruptible(t);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        CounterState s = latch(op.target());
        if (op.kind() == OpKind.LATCH_QUERY) {
            t.hb.join(s.released); // the JDK's answer reads the volatile count the count-downs wrote
            return s.value;
        }
        if (op.kind() == OpKind.LATCH_AWAIT) {
            if (ModelContext.interruptible(t)) {
                return ModelContext.INTERRUPTED; // await checks the flag first, even when the count is zero
            }
            t.hb.join(s.released);
            if (s.value == 0) {
                return true;
            }
            return ctx.endedWithoutWakeUp(t) == ModelContext.INTERRUPTED ? ModelContext.INTERRUPTED : Boolean.FALSE;
        }
        if (s.value > 0) {
            s.value--;
        }
        ModelContext.publish(t, s.released);
        return null;
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String m = names.of(op.target());
        return switch (op.kind()) {
            case LATCH_AWAIT -> "await " + m + (s.interrupted ? " -> interrupted" : "");
            case LATCH_QUERY -> Actions.call(op, s, names);
            default -> "countDown " + m;
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        return new Blocked("waits for " + names.of(op.target()) + " to reach zero", null);
    }

    @Override
    public long stateHash() {
        long h = 0;
        for (CounterState s : latches.values()) {
            h += StateHash.mix(StateHash.mix(s.name.hashCode()) + s.value);
        }
        return h;
    }
}
