package tcheck.checker.explorer.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Shared memory: reads and writes of fields and array elements, calls on atomics and on the JDK's
 * non-thread-safe collections. Volatile accesses and atomics synchronize (a write publishes the
 * thread's clock, a read learns it; an atomic as its access mode says, {@link AtomicModes}); plain
 * ones go to the data-race detector. Two accesses depend on each other when they touch the same
 * location and one writes.
 */
final class MemoryModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final Map<Location, VectorClock> volatileClocks = new HashMap<>();

    MemoryModel(ModelContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.READ, OpKind.WRITE, OpKind.CALL);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        Object target = op.target();
        if (op.kind() == OpKind.CALL) {
            if (Boolean.TRUE.equals(op.arg())) { // an atomic: synchronizes as its access mode says
                VectorClock v = volatileClocks.computeIfAbsent(new Location(target, null), k -> new VectorClock());
                String method = String.valueOf(op.slot());
                boolean varHandle = target instanceof java.lang.invoke.VarHandle;
                if (AtomicModes.acquires(method, op.write(), varHandle)) {
                    t.hb.join(v);
                }
                if (AtomicModes.releases(method, op.write(), varHandle)) {
                    ModelContext.publish(t, v);
                }
            } else {
                Object behind = op.arg() instanceof Boolean ? target : op.arg(); // a view's or an iterator's collection
                ctx.races.access(t, behind, "contents", op.write(), step, op, ctx.names);
            }
        } else if (op.site() != null && op.site().volatileField()) {
            VectorClock v = volatileClocks.computeIfAbsent(new Location(target, op.slot()), k -> new VectorClock());
            if (op.kind() == OpKind.WRITE) {
                ModelContext.publish(t, v);
            } else {
                t.hb.join(v);
            }
        } else {
            ctx.races.access(t, target, op.slot(), op.kind() == OpKind.WRITE, step, op, ctx.names);
        }
        return null;
    }

    /** A racy access inside a step (a callback of JDK code): seen by the race detector, not a scheduling point. */
    void silentAccess(ThreadState t, Op op, int step) {
        ctx.races.access(t, op.target(), op.slot(), op.write(), step, op, ctx.names);
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String v = s.hasValue ? Actions.show(s.value) : "?";
        return switch (op.kind()) {
            case READ -> "read " + names.location(op.target(), op.slot()) + " -> " + v;
            case WRITE -> "write " + names.location(op.target(), op.slot()) + " <- " + v;
            default -> Actions.call(op, s, names);
        };
    }
}
