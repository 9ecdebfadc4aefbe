package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.List;

/** A modelled monitor or ReentrantLock: owner, reentrant hold count, release clock, monitor wait set. */
final class LockState {
    private final Object object;
    private final ObjectNames names;
    ThreadState owner;
    int holds;
    final VectorClock released = new VectorClock();
    /** Threads in wait() on this monitor, in arrival order. */
    final List<ThreadState> waiters = new ArrayList<>();

    /** Named when first shown, not when first used: by then the code has put the lock in its field. */
    LockState(Object object, ObjectNames names) {
        this.object = object;
        this.names = names;
    }

    String name() {
        return names.of(object);
    }

    boolean availableTo(ThreadState t) {
        return owner == null || owner == t;
    }

    /** Takes the lock (or re-enters it): an acquire, so the thread learns what the last owner did. */
    void acquire(ThreadState t, int count) {
        if (owner != t) {
            t.hb.join(released);
        }
        owner = t;
        holds += count;
    }

    /** Gives the lock up entirely (also for wait/await, whose holds are saved): a release. */
    void release(ThreadState t) {
        owner = null;
        holds = 0;
        ModelContext.publish(t, released);
    }

    /**
     * Takes the lock and gives it up within one step, as a JDK method that holds the monitor for its call
     * does: the thread learns what the last owner did, and the next owner learns what it did.
     */
    void passThrough(ThreadState t) {
        if (owner != t) {
            t.hb.join(released);
            ModelContext.publish(t, released);
        }
    }

    /** A thread that must enter this monitor for a call ({@code why}: "its add() is synchronized") waits for its owner. */
    PrimitiveModel.Blocked waitingToEnter(String why) {
        return new PrimitiveModel.Blocked("waits to enter " + name() + " (" + why + ")" + (owner == null ? "" : ", held by " + owner.name), owner);
    }

    long hash() {
        long x = StateHash.mix(name().hashCode());
        x = StateHash.mix(x + (owner == null ? -1 : owner.id));
        x = StateHash.mix(x + holds);
        for (int i = 0; i < waiters.size(); i++) { // no iterator: every lock is hashed at every step
            x = StateHash.mix(x + waiters.get(i).id);
        }
        return x; // summed over locks by the models: mixed, so swapped owners do not cancel out
    }
}
