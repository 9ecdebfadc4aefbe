package tcheck.checker.explorer.runtime;

import tcheck.results.SyncState;
import tcheck.results.ThreadStatus;
import tcheck.results.ThreadSync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The synchronization state after a step, for the trace: each thread's status as the models have
 * it (a thread the scheduler would not pick is blocked on a lock or waits in a wait set, for a
 * thread, a permit, a count), the owners of the locks and the wait sets. Read-only: asks the models
 * what they would answer the scheduler, changes nothing.
 */
final class SyncSnapshots {
    private SyncSnapshots() {
    }

    /** @param ended a thread whose last step is being completed as it ends (its status not yet set) */
    static SyncState of(List<ThreadState> threads, ThreadState ended, Primitives primitives, ObjectNames names) {
        Map<String, ThreadSync> statuses = new LinkedHashMap<>(); // start order: threads are registered as they start
        for (ThreadState t : threads) {
            statuses.put(t.name, status(t, t == ended, primitives, names));
        }
        Map<String, String> owners = new TreeMap<>();
        Map<String, List<String>> waitSets = new TreeMap<>();
        primitives.ownersAndWaitSets(owners, waitSets);
        return new SyncState(statuses, owners, waitSets);
    }

    private static ThreadSync status(ThreadState t, boolean ending, Primitives primitives, ObjectNames names) {
        if (ending || t.status == Status.TERMINATED) {
            return new ThreadSync(ThreadStatus.DONE, null);
        }
        Op op = t.pending;
        if (op == null || t.status == Status.STARTING || primitives.isEnabled(t)) {
            return new ThreadSync(ThreadStatus.RUNNABLE, null);
        }
        return switch (op.kind()) {
            case MONITOR_ENTER, LOCK, LOCKED_CALL -> new ThreadSync(ThreadStatus.BLOCKED, names.of(op.target()));
            // a barrier call held up only by the lock the barrier's action holds
            case BARRIER_AWAIT, BARRIER_RESET, BARRIER_QUERY -> new ThreadSync(ThreadStatus.BLOCKED, names.of(op.target()));
            // woken from wait(): back in the monitor's entry queue
            case WAKE -> t.woken ? new ThreadSync(ThreadStatus.BLOCKED, names.of(op.target()))
                    : new ThreadSync(ThreadStatus.WAITING, names.of(op.target()));
            // signalled: waits for the condition's lock, no longer for the condition
            case AWAKE -> t.woken ? new ThreadSync(ThreadStatus.BLOCKED, names.of(op.arg()))
                    : new ThreadSync(ThreadStatus.WAITING, names.of(op.target()));
            // a park of the program's own waits on nothing it names (inside a JDK call, on the call's object)
            case PARK -> new ThreadSync(ThreadStatus.WAITING, op.target() instanceof String ? null : names.of(op.target()));
            default -> new ThreadSync(ThreadStatus.WAITING, op.target() == null ? null : names.of(op.target()));
        };
    }
}
