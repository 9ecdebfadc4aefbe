package tcheck.checker.explorer.runtime;

import java.util.concurrent.Semaphore;

/** The explorer's view of one thread of an execution. */
final class ThreadState {
    final int id;
    final String name;
    final Thread thread;
    final Execution execution;
    /** True for the explorer's own thread: hooks run the real operation without scheduling. */
    final boolean bypass;

    Status status = Status.STARTING;
    /** The operation this thread will perform when next chosen. */
    Op pending;
    /** The result of the last operation the scheduler performed for it (tryLock's boolean ...). */
    Object result;
    /** Set by notify/signal: the thread may leave its wait set once it re-acquires the lock. */
    boolean woken;
    /** Lock hold count saved while waiting, restored on wake-up. */
    int savedHolds;
    /** The step this thread is executing, completed at its next scheduling point. */
    Step running;
    /** Happens-before clock for race detection (synchronization order, not dependence). */
    final VectorClock hb = new VectorClock();
    /** Dependence clock for partial-order reduction. */
    VectorClock dep = new VectorClock();

    /** The turn: released by whoever schedules this thread. */
    final Semaphore turn = new Semaphore(0);
    /** Released once a STARTING thread reached its first scheduling point or ended. */
    final Semaphore arrived = new Semaphore(0);

    ThreadState(int id, String name, Thread thread, Execution execution, boolean bypass) {
        this.id = id;
        this.name = name;
        this.thread = thread;
        this.execution = execution;
        this.bypass = bypass;
    }

    @Override
    public String toString() {
        return name;
    }
}
