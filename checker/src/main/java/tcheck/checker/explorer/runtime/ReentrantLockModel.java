package tcheck.checker.explorer.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java.util.concurrent.locks.ReentrantLock}, modelled (its real AQS is never touched, so the
 * trace says "lock lock" instead of queue internals): owner and hold count; {@code tryLock} fails
 * at once when another thread owns it (a timed one too); {@code lockInterruptibly} gives way to an
 * interrupt. Its conditions are {@link ConditionModel}'s.
 */
final class ReentrantLockModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final Map<Object, LockState> locks = new IdentityHashMap<>();

    ReentrantLockModel(ModelContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.LOCK, OpKind.TRY_LOCK, OpKind.UNLOCK, OpKind.LOCK_QUERY);
    }

    LockState lock(Object o) {
        return locks.computeIfAbsent(o, k -> new LockState(k, ctx.names));
    }

    boolean holds(ThreadState t, Object o) {
        LockState l = locks.get(o);
        return l != null && l.owner == t;
    }

    int holdCount(ThreadState t, Object o) {
        LockState l = locks.get(o);
        return l != null && l.owner == t ? l.holds : 0;
    }


    @Override
    public boolean enabled(ThreadState t, Op op) {
        return op.kind() != OpKind.LOCK || lock(op.target()).availableTo(t) || ModelContext.interruptible(t);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        LockState l = lock(op.target());
        switch (op.kind()) {
            case LOCK -> {
                if (ModelContext.interruptible(t) || !l.availableTo(t)) {
                    return ModelContext.INTERRUPTED; // lockInterruptibly checks the flag first; only it is enabled while taken
                }
                l.acquire(t, 1);
                return null;
            }
            case LOCK_QUERY -> {
                t.hb.join(l.released); // the JDK's answer reads the lock's volatile state, which the last unlock wrote
                List<ThreadState> queued = ctx.queued(op.target(), OpKind.LOCK, this);
                return switch ((String) op.slot()) {
                    case "isLocked" -> l.owner != null;
                    case "hasQueuedThreads" -> !queued.isEmpty();
                    case "hasQueuedThread" -> queued.stream().anyMatch(q -> q.thread == op.arg());
                    default -> queued.size(); // getQueueLength
                };
            }
            case TRY_LOCK -> {
                if (ModelContext.interruptible(t)) {
                    return ModelContext.INTERRUPTED; // a timed tryLock checks the flag first
                }
                if (!l.availableTo(t)) {
                    return false;
                }
                l.acquire(t, 1);
                return true;
            }
            default -> {
                if (--l.holds == 0) {
                    l.release(t);
                }
                return null;
            }
        }
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String m = names.of(op.target());
        return switch (op.kind()) {
            case LOCK -> s.interrupted ? "lockInterruptibly " + m + " -> interrupted" : "lock " + m;
            case TRY_LOCK -> "tryLock " + m + " -> " + (s.interrupted ? "interrupted" : s.hasValue ? Actions.show(s.value) : "?");
            case LOCK_QUERY -> Actions.call(op, s, names);
            default -> "unlock " + m;
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        LockState l = locks.get(op.target());
        ThreadState owner = l == null ? null : l.owner;
        return new Blocked("waits for " + names.of(op.target()) + (owner == null ? "" : " held by " + owner.name), owner);
    }

    @Override
    public void holdings(ThreadState t, List<String> out) {
        locks.values().forEach(l -> {
            if (l.owner == t) {
                out.add(l.name());
            }
        });
    }

    @Override
    public void ownersAndWaitSets(java.util.Map<String, String> owners, java.util.Map<String, List<String>> waitSets) {
        for (LockState l : locks.values()) {
            if (l.owner != null) {
                owners.put(l.name(), l.owner.name);
            }
        }
    }

    @Override
    public long stateHash() {
        long h = 0;
        for (LockState l : locks.values()) {
            h += l.hash();
        }
        return h;
    }
}
