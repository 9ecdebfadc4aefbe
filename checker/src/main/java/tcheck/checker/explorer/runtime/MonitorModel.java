package tcheck.checker.explorer.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java monitors: {@code synchronized} (owner, reentrant hold count) and {@code wait/notify} (the
 * monitor's wait set). The real objects are never locked: only this model changes. {@code notify()}
 * wakes exactly one waiter, and which one is a choice the search explores; a woken waiter must
 * re-acquire the monitor before it returns from {@code wait()}; a wait may end by an interrupt, by
 * its timeout (only when nothing else can run) or, as an option, spuriously.
 */
final class MonitorModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final Map<Object, LockState> monitors = new IdentityHashMap<>();

    MonitorModel(ModelContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.MONITOR_ENTER, OpKind.MONITOR_EXIT, OpKind.WAIT, OpKind.WAKE, OpKind.NOTIFY, OpKind.NOTIFY_ALL);
    }

    LockState monitor(Object o) {
        return monitors.computeIfAbsent(o, k -> new LockState(k, ctx.names));
    }

    boolean holds(ThreadState t, Object o) {
        LockState l = monitors.get(o);
        return l != null && l.owner == t;
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        return switch (op.kind()) {
            case MONITOR_ENTER -> monitor(op.target()).availableTo(t);
            case WAKE -> (t.woken || ctx.spurious(t) || ctx.mayTimeOut(t) && Boolean.TRUE.equals(op.arg())
                    || ModelContext.interruptible(t)) && monitor(op.target()).availableTo(t);
            default -> true;
        };
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        LockState l = monitor(op.target());
        switch (op.kind()) {
            case MONITOR_ENTER -> l.acquire(t, 1);
            case MONITOR_EXIT -> {
                if (--l.holds == 0) {
                    l.release(t);
                }
            }
            case WAIT -> {
                if (ModelContext.interruptible(t)) {
                    return ModelContext.INTERRUPTED; // wait() checks the flag first: it throws still holding the monitor
                }
                t.savedHolds = l.holds;
                l.release(t);
                l.waiters.add(t);
                t.woken = false;
            }
            case WAKE -> {
                boolean notified = t.woken;
                l.waiters.remove(t);
                l.acquire(t, t.savedHolds);
                t.woken = false;
                return notified ? Boolean.TRUE : ctx.endedWithoutWakeUp(t);
            }
            case NOTIFY -> {
                return ctx.wakeOne(l.waiters);
            }
            case NOTIFY_ALL -> {
                return ctx.wakeAll(l.waiters);
            }
            default -> throw new IllegalArgumentException(op.kind().toString());
        }
        return null;
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String m = names.of(op.target());
        String v = s.hasValue ? Actions.show(s.value) : "?";
        return switch (op.kind()) {
            case MONITOR_ENTER -> "enter synchronized(" + m + ")";
            case MONITOR_EXIT -> "exit synchronized(" + m + ")";
            case WAIT -> s.interrupted ? "wait() on " + m + " -> interrupted" : "wait() on " + m + " (releases it)";
            case WAKE -> (s.interrupted ? "wait() ends: interrupted"
                    : Boolean.FALSE.equals(s.value) ? "returns from wait() without notify" : "wakes from wait()") + ", re-acquires " + m;
            case NOTIFY -> "notify() on " + m + (s.hasValue ? " -> wakes " + v : " (no one waits: lost)");
            default -> "notifyAll() on " + m + (s.hasValue ? " -> wakes " + v : "");
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        LockState l = monitors.get(op.target());
        String m = names.of(op.target());
        if (op.kind() == OpKind.WAKE && !t.woken) {
            return new Blocked("waits in wait() on " + m + ", never notified", null);
        }
        ThreadState owner = l == null ? null : l.owner;
        String what = op.kind() == OpKind.WAKE ? "was notified, waits to re-acquire " + m : "waits for " + m;
        return new Blocked(what + (owner == null ? "" : " held by " + owner.name), owner);
    }

    @Override
    public void holdings(ThreadState t, List<String> out) {
        monitors.values().forEach(l -> {
            if (l.owner == t) {
                out.add(l.name());
            }
        });
    }

    @Override
    public void ownersAndWaitSets(java.util.Map<String, String> owners, java.util.Map<String, List<String>> waitSets) {
        for (LockState l : monitors.values()) {
            if (l.owner != null) {
                owners.put(l.name(), l.owner.name);
            }
            if (!l.waiters.isEmpty()) {
                waitSets.put(l.name(), l.waiters.stream().map(w -> w.name).toList());
            }
        }
    }

    @Override
    public long stateHash() {
        long h = 0; // order-independent: identity map iteration order is arbitrary
        for (LockState l : monitors.values()) {
            h += l.hash();
        }
        return h;
    }
}
