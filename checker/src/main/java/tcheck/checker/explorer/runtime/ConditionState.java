package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.List;

/** A modelled Condition: its lock and its own wait set. */
final class ConditionState {
    private final Object object;
    private final ObjectNames names;
    final Object lockObject;
    final LockState lock;
    final List<ThreadState> waiters = new ArrayList<>();

    /** Named when first shown: a condition is made before the field that holds it is set. */
    ConditionState(Object object, ObjectNames names, Object lockObject, LockState lock) {
        this.object = object;
        this.names = names;
        this.lockObject = lockObject;
        this.lock = lock;
    }

    String name() {
        return names.of(object);
    }
}
