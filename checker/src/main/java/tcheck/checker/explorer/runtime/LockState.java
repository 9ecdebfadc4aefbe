package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.List;

/** A modelled monitor or ReentrantLock: owner, reentrant hold count, release clock, monitor wait set. */
final class LockState {
    final String name;
    ThreadState owner;
    int holds;
    final VectorClock released = new VectorClock();
    /** Threads in wait() on this monitor, in arrival order. */
    final List<ThreadState> waiters = new ArrayList<>();

    LockState(String name) {
        this.name = name;
    }

    boolean availableTo(ThreadState t) {
        return owner == null || owner == t;
    }
}
