package tcheck.checker.explorer.runtime;

import java.util.List;
import java.util.function.Function;

/** What the primitives' models of one execution share: names, the race detector, time, the threads and the search's choices. */
final class ModelContext {
    /** The result of a wait that an interrupt ended: the hook throws InterruptedException (or keeps the flag). */
    static final Object INTERRUPTED = new Object() {
        @Override
        public String toString() {
            return "interrupted";
        }
    };

    final ObjectNames names;
    final RaceDetector races = new RaceDetector();
    final VirtualClock clock;
    final boolean spuriousWakeups;
    final Function<List<ThreadState>, ThreadState> chooseWaiter;
    final Function<Thread, ThreadState> threads;
    private final java.util.function.Supplier<List<ThreadState>> all;
    /**
     * No thread can run but by a timeout: every timed wait may end now. Otherwise a timed wait may
     * still end early, as on a real JVM where a thread that waits 500 ms can time out before the
     * thread it waits for is scheduled at all (timing is never ordering), but at most once per
     * thread and execution: an endless run of early timeouts is no schedule a JVM keeps up, and
     * `while (!done) cond.await(t)` must not be an endless search. The clock moves to the end of
     * the timeout either way.
     */
    boolean timeoutsFire;

    /** Whether the thread's timed wait may end by its timeout now. */
    boolean mayTimeOut(ThreadState t) {
        return timeoutsFire || t.earlyTimeoutsLeft > 0;
    }

    /** The thread's timed wait ended by its timeout: the clock moves to its end. */
    void timedOut(ThreadState t) {
        if (!timeoutsFire) {
            t.earlyTimeoutsLeft--;
        }
        if (t.running != null) {
            t.running.timedOut = true; // the step being taken: a check that fails after it may be the timeout's doing
        }
        clock.advanceTo(t.waitStart + t.waitNanos);
    }

    ModelContext(ObjectNames names, VirtualClock clock, boolean spuriousWakeups,
                 Function<List<ThreadState>, ThreadState> chooseWaiter, Function<Thread, ThreadState> threads,
                 java.util.function.Supplier<List<ThreadState>> all) {
        this.all = all;
        this.names = names;
        this.clock = clock;
        this.spuriousWakeups = spuriousWakeups;
        this.chooseWaiter = chooseWaiter;
        this.threads = threads;
    }

    /**
     * The threads queued on {@code target}: about to perform {@code kind} on it, and unable to (a lock held by
     * another, too few permits), as a real thread would be parked in the JDK's queue of that object.
     */
    List<ThreadState> queued(Object target, OpKind kind, PrimitiveModel model) {
        List<ThreadState> out = new java.util.ArrayList<>();
        for (ThreadState t : all.get()) {
            Op p = t.pending;
            if (t.status != Status.TERMINATED && p != null && p.kind() == kind && p.target() == target && !model.enabled(t, p)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A release: the object's clock learns everything the thread has done. */
    static void publish(ThreadState t, VectorClock into) {
        into.join(t.hb);
        t.hb.tick(t.id);
    }

    /** notify()/signal(): exactly one waiter wakes; which one is a choice of the search. Returns its name. */
    String wakeOne(List<ThreadState> waiters) {
        if (waiters.isEmpty()) {
            return null; // no one waits: the notification is lost
        }
        ThreadState w = waiters.size() == 1 ? waiters.get(0) : chooseWaiter.apply(waiters);
        waiters.remove(w);
        w.woken = true;
        return w.name;
    }

    List<String> wakeAll(List<ThreadState> waiters) {
        List<String> woken = new java.util.ArrayList<>();
        for (ThreadState w : waiters) {
            w.woken = true;
            woken.add(w.name);
        }
        waiters.clear();
        return woken;
    }

    /** A wait that no notify/signal/count ended: an interrupt (when it listens to them), else its timeout or a spurious return. */
    Object endedWithoutWakeUp(ThreadState t) {
        if (t.interruptibleWait && t.interrupted) {
            return INTERRUPTED;
        }
        if (t.waitNanos >= 0 && mayTimeOut(t)) {
            timedOut(t);
        } else {
            t.spuriousLeft--;
        }
        return Boolean.FALSE;
    }

    /** A wait may return for no reason: an option, and at most a few times per thread (never an endless loop of them). */
    boolean spurious(ThreadState t) {
        return spuriousWakeups && t.spuriousLeft > 0;
    }

    /** A wait the thread's interrupt may end. */
    static boolean interruptible(ThreadState t) {
        return t.interruptibleWait && t.interrupted;
    }
}
