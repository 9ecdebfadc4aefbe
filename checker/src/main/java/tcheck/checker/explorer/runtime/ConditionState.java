package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.List;

/** A modelled Condition: its lock and its own wait set. */
final class ConditionState {
    final String name;
    final Object lockObject;
    final LockState lock;
    final List<ThreadState> waiters = new ArrayList<>();

    ConditionState(String name, Object lockObject, LockState lock) {
        this.name = name;
        this.lockObject = lockObject;
        this.lock = lock;
    }
}
