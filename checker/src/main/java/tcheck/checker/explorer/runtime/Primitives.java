package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * The models of the JDK's primitives in one execution: monitors and ReentrantLocks (owner, hold
 * count, monitor wait set), Conditions, Semaphores and CountDownLatches, volatiles and atomics.
 * The real objects are never locked or counted down: only the models change, when the scheduler
 * performs a chosen thread's operation. Every synchronizing operation also moves the
 * happens-before clocks the race detector uses (a release publishes the thread's clock into the
 * object, an acquire joins it).
 */
final class Primitives {
    private final Map<Object, LockState> locks = new IdentityHashMap<>();
    private final Map<Object, ConditionState> conditions = new IdentityHashMap<>();
    private final Map<Object, CounterState> counters = new IdentityHashMap<>();
    private final Map<Location, VectorClock> volatileClocks = new HashMap<>();
    private final RaceDetector races = new RaceDetector();
    private final ObjectNames names;
    private final boolean spuriousWakeups;
    private final Function<List<ThreadState>, ThreadState> chooseWaiter;
    private final VirtualClock clock;
    /** One synchronization clock for all of the JDK's concurrent code: its objects share state behind the API. */
    private final VectorClock jdkClock = new VectorClock();

    /** The result of a wait that an interrupt ended: the hook throws InterruptedException (or keeps the flag). */
    static final Object INTERRUPTED = new Object() {
        @Override
        public String toString() {
            return "interrupted";
        }
    };

    /** @param chooseWaiter picks which of several waiters a notify/signal wakes (a search choice) */
    Primitives(ObjectNames names, boolean spuriousWakeups, Function<List<ThreadState>, ThreadState> chooseWaiter,
               VirtualClock clock) {
        this.names = names;
        this.clock = clock;
        this.spuriousWakeups = spuriousWakeups;
        this.chooseWaiter = chooseWaiter;
    }


    /**
     * Whether timed waits may end by their timeout now. The execution allows it only when no thread
     * can run otherwise: a timeout is a long time for a machine, and a wait that "times out" while the
     * thread it waits for could still take its step would be a false alarm. Sleeps are different: they
     * end whenever the scheduler likes, so sleeping never stands in for synchronization.
     */
    boolean timeoutsFire;

    /** Whether the thread's pending operation can proceed now (a free lock, a permit, a notification ...). */
    boolean isEnabled(ThreadState t) {
        Op op = t.pending;
        boolean interrupt = t.interruptibleWait && t.interrupted;
        boolean timeout = timeoutsFire;
        return switch (op.kind()) {
            case MONITOR_ENTER -> lock(op.target()).availableTo(t);
            case LOCK -> lock(op.target()).availableTo(t) || interrupt;
            case WAKE -> (t.woken || spuriousWakeups || timeout && Boolean.TRUE.equals(op.arg()) || interrupt) && lock(op.target()).availableTo(t);
            case AWAKE -> {
                ConditionState c = condition(op.target());
                yield (t.woken || spuriousWakeups || timeout && Boolean.TRUE.equals(op.slot()) || interrupt) && c.lock.availableTo(t);
            }
            case ACQUIRE -> counter(op.target(), true).value >= (Integer) op.arg() || interrupt;
            case LATCH_AWAIT -> timeout && Boolean.TRUE.equals(op.arg()) || counter(op.target(), false).value == 0 || interrupt;
            case PARK -> t.permit || t.interrupted || timeout && t.waitNanos >= 0 || spuriousWakeups;
            default -> true;
        };
    }

    /**
     * Performs a chosen thread's operation on the models; returns its result, if it has one
     * (tryLock's outcome, the waiter a notify woke ...).
     */
    Object execute(ThreadState t, Op op, int step) {
        Object target = op.target();
        switch (op.kind()) {
            case MONITOR_ENTER -> {
                acquire(t, lock(target), 1);
                return null;
            }
            case LOCK -> {
                LockState l = lock(target);
                if (!l.availableTo(t)) {
                    return INTERRUPTED; // only an interruptible lock is enabled while taken
                }
                acquire(t, l, 1);
                return null;
            }
            case TRY_LOCK -> {
                LockState l = lock(target);
                if (!l.availableTo(t)) {
                    return false;
                }
                acquire(t, l, 1);
                return true;
            }
            case MONITOR_EXIT, UNLOCK -> {
                LockState l = lock(target);
                if (--l.holds == 0) {
                    release(t, l);
                }
                return null;
            }
            case WAIT -> {
                LockState l = lock(target);
                t.savedHolds = l.holds;
                release(t, l);
                l.waiters.add(t);
                t.woken = false;
                return null;
            }
            case WAKE -> {
                LockState l = lock(target);
                boolean notified = t.woken;
                l.waiters.remove(t);
                acquire(t, l, t.savedHolds);
                t.woken = false;
                return notified ? Boolean.TRUE : endedWithoutWakeUp(t);
            }
            case NOTIFY -> {
                return wakeOne(lock(target).waiters);
            }
            case NOTIFY_ALL -> {
                return wakeAll(lock(target).waiters);
            }
            case AWAIT -> {
                ConditionState c = condition(target);
                t.savedHolds = c.lock.holds;
                release(t, c.lock);
                c.waiters.add(t);
                t.woken = false;
                return null;
            }
            case AWAKE -> {
                ConditionState c = condition(target);
                boolean signalled = t.woken;
                c.waiters.remove(t);
                acquire(t, c.lock, t.savedHolds);
                t.woken = false;
                return signalled ? Boolean.TRUE : endedWithoutWakeUp(t);
            }
            case SIGNAL -> {
                return wakeOne(condition(target).waiters);
            }
            case SIGNAL_ALL -> {
                return wakeAll(condition(target).waiters);
            }
            case ACQUIRE -> {
                CounterState s = counter(target, true);
                if (s.value < (Integer) op.arg()) {
                    return INTERRUPTED;
                }
                s.value -= (Integer) op.arg();
                t.hb.join(s.released);
                return null;
            }
            case TRY_ACQUIRE -> {
                CounterState s = counter(target, true);
                if (s.value < (Integer) op.arg()) {
                    return false;
                }
                s.value -= (Integer) op.arg();
                t.hb.join(s.released);
                return true;
            }
            case RELEASE -> {
                CounterState s = counter(target, true);
                s.value += (Integer) op.arg();
                publish(t, s.released);
                return null;
            }
            case LATCH_AWAIT -> {
                CounterState s = counter(target, false);
                t.hb.join(s.released);
                if (s.value == 0) {
                    return true;
                }
                return endedWithoutWakeUp(t) == INTERRUPTED ? INTERRUPTED : Boolean.FALSE;
            }
            case COUNT_DOWN -> {
                CounterState s = counter(target, false);
                if (s.value > 0) {
                    s.value--;
                }
                publish(t, s.released);
                return null;
            }
            case READ, WRITE -> {
                if (op.site() != null && op.site().volatileField()) {
                    VectorClock v = volatileClocks.computeIfAbsent(new Location(target, op.slot()), k -> new VectorClock());
                    if (op.kind() == OpKind.WRITE) {
                        publish(t, v);
                    } else {
                        t.hb.join(v);
                    }
                } else {
                    races.access(t, target, op.slot(), op.kind() == OpKind.WRITE, step, op, names);
                }
                return null;
            }
            case JDK_CALL, UNPARK, INTERRUPT, INTERRUPT_CHECK -> {
                t.hb.join(jdkClock);
                publish(t, jdkClock);
                return null;
            }
            case PARK -> {
                t.hb.join(jdkClock);
                publish(t, jdkClock);
                if (t.permit) {
                    t.permit = false;
                    return "unparked";
                }
                if (t.interrupted) {
                    return INTERRUPTED; // park returns and leaves the flag set
                }
                if (t.waitNanos >= 0) {
                    clock.advanceTo(t.waitStart + t.waitNanos);
                    return "timed out";
                }
                return "returns spuriously";
            }
            case SLEEP -> {
                if (t.interrupted) {
                    return INTERRUPTED;
                }
                clock.advanceTo(t.waitStart + Math.max(0, t.waitNanos));
                return null;
            }
            case CALL -> {
                if (Boolean.TRUE.equals(op.arg())) { // an atomic: synchronizes like a volatile
                    VectorClock v = volatileClocks.computeIfAbsent(new Location(target, null), k -> new VectorClock());
                    t.hb.join(v);
                    publish(t, v);
                } else {
                    races.access(t, target, "contents", op.write(), step, op, names);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A wait that no notify/signal/count ended: an interrupt (when it listens to them), else its timeout or a spurious return. */
    private Object endedWithoutWakeUp(ThreadState t) {
        if (t.interruptibleWait && t.interrupted) {
            return INTERRUPTED;
        }
        if (t.waitNanos >= 0) {
            clock.advanceTo(t.waitStart + t.waitNanos);
        }
        return Boolean.FALSE;
    }

    /** A racy access inside a step (a callback of JDK code): seen by the race detector, not a scheduling point. */
    void silentAccess(ThreadState t, Op op, int step) {
        races.access(t, op.target(), op.slot(), op.write(), step, op, names);
    }

    private void acquire(ThreadState t, LockState l, int holds) {
        if (l.owner != t) {
            t.hb.join(l.released);
        }
        l.owner = t;
        l.holds += holds;
    }

    private void release(ThreadState t, LockState l) {
        l.owner = null;
        l.holds = 0;
        publish(t, l.released);
    }

    private static void publish(ThreadState t, VectorClock into) {
        into.join(t.hb);
        t.hb.tick(t.id);
    }

    /** notify()/signal(): exactly one waiter wakes; which one is a choice of the search. Returns its name. */
    private String wakeOne(List<ThreadState> waiters) {
        if (waiters.isEmpty()) {
            return null; // no one waits: the notification is lost
        }
        ThreadState w = waiters.size() == 1 ? waiters.get(0) : chooseWaiter.apply(waiters);
        waiters.remove(w);
        w.woken = true;
        return w.name;
    }

    private List<String> wakeAll(List<ThreadState> waiters) {
        List<String> woken = new ArrayList<>();
        for (ThreadState w : waiters) {
            w.woken = true;
            woken.add(w.name);
        }
        waiters.clear();
        return woken;
    }

    LockState lock(Object o) {
        return locks.computeIfAbsent(o, k -> new LockState(names.of(k)));
    }

    ConditionState condition(Object c) {
        ConditionState s = conditions.get(c);
        if (s == null) {
            throw new IllegalStateException("condition " + names.of(c) + " was not created by newCondition() in checked code");
        }
        return s;
    }

    void registerCondition(Condition c, Lock owner) {
        conditions.put(c, new ConditionState(names.of(c), owner, lock(owner)));
    }

    CounterState counter(Object o, boolean semaphore) {
        return counters.computeIfAbsent(o, k -> new CounterState(names.of(k), semaphore
                ? ((java.util.concurrent.Semaphore) k).availablePermits()
                : ((java.util.concurrent.CountDownLatch) k).getCount()));
    }

    // ------------------------------------------------------------------ queries (hooks, deadlock reports, state hashes)

    Map<Object, LockState> locks() {
        return locks;
    }

    Map<Object, ConditionState> conditions() {
        return conditions;
    }

    Map<Object, CounterState> counters() {
        return counters;
    }

    List<RaceDetector.Race> races() {
        return races.races();
    }

    boolean holdsLock(ThreadState t, Object o) {
        LockState l = locks.get(o);
        return l != null && l.owner == t;
    }

    int holdCount(ThreadState t, Object o) {
        LockState l = locks.get(o);
        return l != null && l.owner == t ? l.holds : 0;
    }

    boolean isLocked(Object o) {
        LockState l = locks.get(o);
        return l != null && l.owner != null;
    }

    long counterValue(Object o, boolean semaphore) {
        return counter(o, semaphore).value;
    }

    boolean conditionLockHeld(ThreadState t, Object condition) {
        ConditionState c = conditions.get(condition);
        return c != null && c.lock.owner == t;
    }
}
