package tcheck.checker.explorer.runtime;

import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;

/**
 * {@code java.util.concurrent.CyclicBarrier}, as the JDK implements it (a lock, a condition, a
 * generation per round), with each call one step instead of the JDK's lock and park steps:
 * <ul>
 * <li>{@code await}: one step to arrive. A broken barrier throws BrokenBarrierException; an
 * interrupted thread breaks it and throws InterruptedException (the flag cleared); else the party
 * counts itself in and gets its arrival index, {@code parties - 1} for the first, 0 for the last.
 * The last one trips the barrier in that step, or first runs the barrier action in its own thread
 * (its steps are the program's) and then trips it, or breaks it when the action threw (the
 * exception then leaves its await). Any other party waits: a second step returns when its round
 * ended (its index, or BrokenBarrierException if the barrier broke; an interrupt that comes too
 * late only stays set), or breaks the barrier when the party is interrupted (InterruptedException)
 * or its timeout ends (TimeoutException), which like any timed wait may happen while other threads
 * could still run (once per thread and execution, see {@link ModelContext#mayTimeOut}). A timed
 * await with no time left breaks the barrier at once, unless it is the last party.
 * <li>{@code reset}: breaks the round (its waiters throw BrokenBarrierException) and starts a fresh one.
 * <li>{@code isBroken}, {@code getNumberWaiting}: one step each; {@code getParties} never changes and
 * is the real object's answer.
 * </ul>
 * Happens-before is the JDK's lock's: each call (but getParties) learns what every call before it on
 * the barrier did and publishes its own; this gives the documented edges (what comes before await
 * happens-before the action, which happens-before what follows a successful return) and those the
 * JDK's implementation adds. The exception is a party released from a round that ended: it learns
 * what the round's end published, not what calls of later rounds did before it took the lock back
 * (either order happens on a real JVM, and a race the lock orders in one shows in the other). While
 * the action runs, its thread holds the lock: every other call on the barrier waits for it, a late
 * timeout or interrupt too.
 *
 * <p>For the search, calls on one barrier depend on each other, but for a released party's return
 * and the calls of later rounds on a barrier without an action ({@link #commute}). Two parties of
 * one round leaving await are explored in both orders (an interrupt could let either break the
 * barrier first), so a round of n parties has n! orders of arrival times (n-1)! of return.
 *
 * <p>Limits (each ends the execution in an error that says where, never a guess): an {@code await}
 * from the barrier's own action (the JDK's reentrant lock lets it count a party twice and release
 * the action's lock); a subclass of CyclicBarrier (its overrides would run the JDK's code unseen);
 * a barrier action that cannot be read because java.util.concurrent could not be opened. The real
 * object is never changed: code the explorer does not control sees a new barrier, and the explorer's
 * own reads (a program's final check) get isBroken and getNumberWaiting from the model.
 */
final class BarrierModel implements PrimitiveModel {
    /** How a call on the barrier ended, when not with an arrival index or an answer. */
    enum Outcome { BROKEN, INTERRUPTED, TIMED_OUT }

    private final ModelContext ctx;
    private final Map<Object, BarrierState> barriers = new IdentityHashMap<>();

    BarrierModel(ModelContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.BARRIER_AWAIT, OpKind.BARRIER_RESUME, OpKind.BARRIER_ACTION_DONE, OpKind.BARRIER_RESET,
                OpKind.BARRIER_QUERY);
    }

    /** The barrier's state, read from the real object when first met (it is never changed: only the model is). */
    BarrierState barrier(Object o) {
        return barriers.computeIfAbsent(o, k -> new BarrierState(k, ctx.names, ((CyclicBarrier) k).getParties(), action(k)));
    }

    /** The barrier's state if the execution has met it, else null. */
    BarrierState known(Object o) {
        return barriers.get(o);
    }

    /** The barrier's private action field, opened once; null while it cannot be (then {@link #unreadable} says why). */
    private static volatile Field command;

    /**
     * Null when the barrier's action can be read, else why not: it is private, so java.util.concurrent
     * must be open to the explorer (the JDK control opens it). Tried again until it works.
     */
    static String unreadable() {
        if (command != null) {
            return null;
        }
        try {
            Field f = CyclicBarrier.class.getDeclaredField("barrierCommand");
            f.setAccessible(true);
            command = f;
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Runnable action(Object barrier) {
        String problem = unreadable();
        if (problem != null) {
            throw new IllegalStateException("a CyclicBarrier's action is not readable: " + problem); // the hooks refuse such a barrier first
        }
        try {
            return (Runnable) command.get(barrier);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e); // opened by unreadable(): cannot happen
        }
    }

    /**
     * What a call on a barrier is announced with: the round then current (for a waiting party's
     * return, its own), whether the barrier has an action, a timed await's time (else null), and for
     * the end of the action, whether it threw.
     */
    record Call(int round, boolean withAction, Long nanos, boolean threw) {
    }

    /**
     * Whether two calls on the same barrier commute although both are on it: a party's return from
     * a round that had ended when the other call was announced (a later round's number: the round
     * a call is announced in is at most the one it acts in) reads only how that round ended, which
     * no later call changes, and is held up by nothing when the barrier has no action (whose run
     * holds the barrier's lock). It learns what the round's end published, not what later calls did
     * (see {@link #execute}). Either order happens on a real JVM; a race the lock would order in one
     * is unordered in the other. Never two returns: the later round's party may still be held, and
     * a held thread's next step must not pass for one that commutes (the search would count on a
     * branch that cannot run).
     */
    static boolean commute(Op a, Op b) {
        if (!(a.arg() instanceof Call ca) || !(b.arg() instanceof Call cb) || ca.withAction() || cb.withAction()) {
            return false;
        }
        if (a.kind() == OpKind.BARRIER_RESUME && b.kind() == OpKind.BARRIER_RESUME) {
            return false;
        }
        return a.kind() == OpKind.BARRIER_RESUME && cb.round() > ca.round() || b.kind() == OpKind.BARRIER_RESUME && ca.round() > cb.round();
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        BarrierState b = barrier(op.target());
        if (b.lockedAgainst(t)) {
            return false;
        }
        if (op.kind() != OpKind.BARRIER_RESUME) {
            return true;
        }
        BarrierState.Waiter w = b.waiter(t);
        return b.over(w) || ModelContext.interruptible(t) || t.waitNanos >= 0 && ctx.mayTimeOut(t);
    }

    /**
     * A call takes the barrier's lock (learns its clock), acts, releases it (publishes), and the
     * round then current keeps the clock it left. A party released from a round that ended learns
     * that round's clock only, and publishes nothing new: so its return commutes with later calls
     * ({@link #commute}); the JDK's lock, taken back later, would also order it after them.
     */
    @Override
    public Object execute(ThreadState t, Op op, int step) {
        BarrierState b = barrier(op.target());
        if (op.kind() == OpKind.BARRIER_RESUME && b.over(b.waiter(t))) {
            t.hb.join(b.waiter(t).generation().released);
            return resume(t, b);
        }
        BarrierState.Generation round = b.generation;
        t.hb.join(b.clock);
        Call call = (Call) op.arg();
        Object result = switch (op.kind()) {
            case BARRIER_AWAIT -> arrive(t, b, call.nanos());
            case BARRIER_RESUME -> resume(t, b);
            case BARRIER_ACTION_DONE -> {
                b.actionBy = null;
                if (call.threw()) {
                    b.breakBarrier();
                } else {
                    b.nextGeneration();
                }
                yield null;
            }
            case BARRIER_RESET -> {
                b.reset();
                yield null;
            }
            default -> "isBroken".equals(op.slot()) ? (Object) b.generation.broken : (Object) b.arrived;
        };
        ModelContext.publish(t, b.clock); // a waiting party's release is its wait
        round.released.join(b.clock);
        return result;
    }

    /** @param nanos a timed await's time, else null */
    private Object arrive(ThreadState t, BarrierState b, Long nanos) {
        if (b.generation.broken) {
            return Outcome.BROKEN;
        }
        if (t.interrupted) {
            t.interrupted = false; // the JDK asks Thread.interrupted()
            b.breakBarrier();
            return Outcome.INTERRUPTED;
        }
        b.arrived++;
        int index = b.parties - b.arrived;
        if (index == 0) {
            if (b.action != null) {
                b.actionBy = t; // trips once the action is done (BARRIER_ACTION_DONE)
            } else {
                b.nextGeneration();
            }
            return 0;
        }
        if (nanos != null && nanos <= 0) {
            b.breakBarrier(); // no time to wait at all
            return Outcome.TIMED_OUT;
        }
        b.waiters.add(new BarrierState.Waiter(t, b.generation, index));
        return index;
    }

    /** As the JDK's waiting party decides once it has the lock again: its round's end first, then its interrupt, then its time. */
    private Object resume(ThreadState t, BarrierState b) {
        BarrierState.Waiter w = b.waiter(t);
        b.waiters.remove(w);
        if (w.generation().broken) {
            return Outcome.BROKEN; // an interrupt now stays set
        }
        if (b.over(w)) {
            return w.index();
        }
        b.breakBarrier();
        if (ModelContext.interruptible(t)) {
            t.interrupted = false; // thrown as InterruptedException
            return Outcome.INTERRUPTED;
        }
        ctx.timedOut(t);
        return Outcome.TIMED_OUT;
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String m = names.of(op.target());
        BarrierState b = barriers.get(op.target());
        String v = String.valueOf(s.value);
        return switch (op.kind()) {
            case BARRIER_AWAIT -> "await " + m + (s.value instanceof Integer index ? arrival(b, index) : ending(v));
            case BARRIER_RESUME -> "await " + m + (s.value instanceof Integer index ? " -> " + index + " (tripped)" : ending(v));
            case BARRIER_ACTION_DONE -> m + "'s action " + (((Call) op.arg()).threw() ? "threw: the barrier breaks" : "done: the barrier trips");
            case BARRIER_RESET -> "reset " + m;
            default -> m + "." + op.slot() + "() -> " + (s.hasValue ? Actions.show(s.value) : "?");
        };
    }

    /** "(1 of 2 arrived)", "(2 of 2 arrived: trips it) -> 0". */
    private static String arrival(BarrierState b, int index) {
        int arrived = b.parties - index;
        String of = " (" + arrived + " of " + b.parties + " arrived";
        if (index > 0) {
            return of + ")";
        }
        return of + (b.action != null ? ": runs its action)" : ": trips it) -> 0");
    }

    private static String ending(String outcome) {
        return switch (outcome) {
            case "BROKEN" -> " -> BrokenBarrierException";
            case "INTERRUPTED" -> " -> interrupted: breaks it";
            default -> " -> times out: breaks it";
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        BarrierState b = barrier(op.target());
        String m = names.of(op.target());
        if (b.actionBy != null && b.actionBy != t) {
            return new Blocked("waits for " + m + ", whose action " + b.actionBy.name + " runs", b.actionBy);
        }
        return new Blocked("waits in " + m + ".await(): " + b.arrived + " of " + b.parties + " parties arrived", null);
    }

    @Override
    public void ownersAndWaitSets(Map<String, String> owners, Map<String, List<String>> waitSets) {
        for (BarrierState b : barriers.values()) {
            if (b.actionBy != null) {
                owners.put(b.name(), b.actionBy.name);
            }
            List<ThreadState> held = b.held();
            if (!held.isEmpty()) {
                waitSets.put(b.name(), held.stream().map(w -> w.name).toList());
            }
        }
    }

    @Override
    public long stateHash() {
        long h = 0; // order-independent: identity map iteration order is arbitrary
        for (BarrierState b : barriers.values()) {
            h += b.hash();
        }
        return h;
    }
}
