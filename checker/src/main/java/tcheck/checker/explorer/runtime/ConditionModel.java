package tcheck.checker.explorer.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * {@code Condition}s of modelled ReentrantLocks: each has its own wait set; {@code await} releases
 * the lock, {@code signal} wakes exactly one waiter (a choice the search explores), a woken waiter
 * re-acquires the lock before it returns. Operations synchronize on the lock, so they are
 * dependent with its lock and unlock.
 */
final class ConditionModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final ReentrantLockModel locks;
    private final Map<Object, ConditionState> conditions = new IdentityHashMap<>();

    ConditionModel(ModelContext ctx, ReentrantLockModel locks) {
        this.ctx = ctx;
        this.locks = locks;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.AWAIT, OpKind.AWAKE, OpKind.SIGNAL, OpKind.SIGNAL_ALL, OpKind.CONDITION_QUERY);
    }

    void register(Condition c, Lock owner) {
        conditions.put(c, new ConditionState(c, ctx.names, owner, locks.lock(owner)));
    }

    boolean isModelled(Object c) {
        return conditions.containsKey(c);
    }

    ConditionState condition(Object c) {
        ConditionState s = conditions.get(c);
        if (s == null) {
            throw new IllegalStateException("condition " + ctx.names.of(c) + " was not created by newCondition() in checked code");
        }
        return s;
    }

    boolean lockHeld(ThreadState t, Object c) {
        ConditionState s = conditions.get(c);
        return s != null && s.lock.owner == t;
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        if (op.kind() != OpKind.AWAKE) {
            return true;
        }
        ConditionState c = condition(op.target());
        return (t.woken || ctx.spurious(t) || ctx.mayTimeOut(t) && Boolean.TRUE.equals(op.slot()) || ModelContext.interruptible(t))
                && c.lock.availableTo(t);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        ConditionState c = condition(op.target());
        switch (op.kind()) {
            case AWAIT -> {
                if (ModelContext.interruptible(t)) {
                    return ModelContext.INTERRUPTED; // await() checks the flag first: it throws still holding the lock
                }
                t.savedHolds = c.lock.holds;
                c.lock.release(t);
                c.waiters.add(t);
                t.woken = false;
                return null;
            }
            case AWAKE -> {
                boolean signalled = t.woken;
                c.waiters.remove(t);
                c.lock.acquire(t, t.savedHolds);
                t.woken = false;
                return signalled ? Boolean.TRUE : ctx.endedWithoutWakeUp(t);
            }
            case SIGNAL -> {
                return ctx.wakeOne(c.waiters);
            }
            case CONDITION_QUERY -> {
                return "hasWaiters".equals(op.slot()) ? (Object) !c.waiters.isEmpty() : (Object) c.waiters.size();
            }
            default -> {
                return ctx.wakeAll(c.waiters);
            }
        }
    }

    @Override
    public void ownersAndWaitSets(java.util.Map<String, String> owners, java.util.Map<String, List<String>> waitSets) {
        for (ConditionState c : conditions.values()) {
            if (!c.waiters.isEmpty()) {
                waitSets.put(c.name(), c.waiters.stream().map(w -> w.name).toList());
            }
        }
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String c = names.of(op.target());
        String v = s.hasValue ? Actions.show(s.value) : "?";
        return switch (op.kind()) {
            case AWAIT -> s.interrupted ? "await " + c + " -> interrupted" : "await " + c + " (releases " + names.of(op.arg()) + ")";
            case AWAKE -> (s.interrupted ? "await " + c + " ends: interrupted"
                    : Boolean.FALSE.equals(s.value) ? "returns from await() without signal" : "wakes from await " + c)
                    + ", re-acquires " + names.of(op.arg());
            case SIGNAL -> "signal " + c + (s.hasValue ? " -> wakes " + v : " (no one waits: lost)");
            case CONDITION_QUERY -> names.of(op.arg()) + "." + op.slot() + "(" + c + ") -> " + v;
            default -> "signalAll " + c + (s.hasValue ? " -> wakes " + v : "");
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        ConditionState c = conditions.get(op.target());
        if (t.woken && c != null) {
            return new Blocked("was signalled, waits to re-acquire " + c.lock.name()
                    + (c.lock.owner == null ? "" : " held by " + c.lock.owner.name), c.lock.owner);
        }
        return new Blocked("waits in await() on " + names.of(op.target()) + ", never signalled", null);
    }
}
