package tcheck.checker.explorer.runtime;

import java.util.List;
import java.util.Map;

/**
 * One step of an execution: a thread performs its pending operation and runs on, alone, to its
 * next scheduling point. Holds what the search (enabled threads, pending operations, clocks) and
 * the trace (action text, source site, shared state after) need.
 */
public final class Step {
    public final int index;
    public final int thread;
    public final String threadName;
    public final Op op;
    /** Threads that could have been chosen in the state before this step (sorted ids). */
    public final List<Integer> enabled;
    /** Pending operations of every live thread in the state before this step, by thread id. */
    public final Map<Integer, Op> pendingBefore;
    /** Dependence clocks of those threads in the state before this step. */
    public final Map<Integer, VectorClock> clocksBefore;
    /** The thread that ran the step before, if it could have continued (switching away = preemption). */
    public final boolean preemption;
    /** Dependence clock of this step, for partial-order reduction. */
    VectorClock dep;
    /** This step's number among its thread's steps (1 for its first): clocks named in steps of each thread. */
    int ordinal;
    String action;
    Object value;
    boolean hasValue;
    /** The operation ended by an interrupt: kept apart, since {@code value} becomes a plain copy before the words are made. */
    boolean interrupted;
    /** A timed wait that ended by its timeout in this step (which the explorer lets happen early, as on a loaded machine). */
    boolean timedOut;
    Map<String, Object> stateAfter;
    /** Thread statuses, lock owners and wait sets after the step (trace only). */
    tcheck.results.SyncState sync;
    /** The step's effect is complete: the state after it was copied (trace) or only fingerprinted (search). */
    boolean completed;
    /** {@code stateAfter.hashCode()}, also when the search keeps no copy of the state. */
    int stateAfterHash;
    long stateHash;

    Step(int index, ThreadState t, Op op, List<Integer> enabled, Map<Integer, Op> pendingBefore,
         Map<Integer, VectorClock> clocksBefore, boolean preemption) {
        this.index = index;
        this.thread = t.id;
        this.threadName = t.name;
        this.op = op;
        this.enabled = enabled;
        this.pendingBefore = pendingBefore;
        this.clocksBefore = clocksBefore;
        this.preemption = preemption;
    }

    /** Dependence clock of this step: step k of thread t happens before it iff {@code dep().get(t) >= k}. */
    public VectorClock dep() {
        return dep;
    }

    public Object value() {
        return value;
    }

    public boolean timedOut() {
        return timedOut;
    }

    public String action() {
        return action;
    }

    public String where() {
        return op.site() == null ? "" : op.site().where();
    }

    public Map<String, Object> stateAfter() {
        return stateAfter;
    }

    public tcheck.results.SyncState sync() {
        return sync;
    }

    /** Fingerprint of the shared state after this step (0 while it runs). */
    long sharedHash() {
        return completed ? stateAfterHash : 0;
    }

    public long stateHash() {
        return stateHash;
    }
}
