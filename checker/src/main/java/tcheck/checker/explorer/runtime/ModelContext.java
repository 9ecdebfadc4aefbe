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
    /**
     * Whether timed waits may end by their timeout now. The execution allows it only when no thread
     * can run otherwise: a timeout is a long time for a machine, and a wait that "times out" while the
     * thread it waits for could still take its step would be a false alarm. Sleeps are different: they
     * end whenever the scheduler likes, so sleeping never stands in for synchronization.
     */
    boolean timeoutsFire;

    ModelContext(ObjectNames names, VirtualClock clock, boolean spuriousWakeups,
                 Function<List<ThreadState>, ThreadState> chooseWaiter, Function<Thread, ThreadState> threads) {
        this.names = names;
        this.clock = clock;
        this.spuriousWakeups = spuriousWakeups;
        this.chooseWaiter = chooseWaiter;
        this.threads = threads;
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
        if (t.waitNanos >= 0 && timeoutsFire) {
            clock.advanceTo(t.waitStart + t.waitNanos);
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
