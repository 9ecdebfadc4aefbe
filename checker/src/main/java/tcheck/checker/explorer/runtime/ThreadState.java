package tcheck.checker.explorer.runtime;

/** The explorer's view of one thread of an execution. */
final class ThreadState {
    final int id;
    /** This thread's ThreadLocalRandom under the explorer (see Draws), made at its first draw. */
    java.util.Random draws;
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
    /** Steps this thread has taken so far. */
    int stepsTaken;

    /** The turn: given by whoever schedules this thread. */
    final Baton turn = new Baton();
    /** Given once a STARTING thread reached its first scheduling point or ended. */
    final Baton arrived = new Baton();
    /** On a pooled substrate: the carrier running this thread's body, and given once that body is over. */
    volatile Thread runner;
    final Baton ended = new Baton();

    /** LockSupport's permit, as the model keeps it (the real thread is never unparked by the program). */
    boolean permit;
    /** The interrupt flag, as the model keeps it (the real flag of a controlled thread stays clear). */
    boolean interrupted;
    /** The thread's pending wait ends with InterruptedException when the flag is set. */
    boolean interruptibleWait;
    /** A timed wait: when it started on the execution's clock, and for how long (-1: untimed). */
    long waitStart;
    long waitNanos = -1;
    /**
     * Inside a call into the JDK's concurrency classes or a class initializer: the code runs as one
     * step, memory accesses of callbacks are not scheduling points (the JDK may hold its own monitor).
     */
    int atomicDepth;
    /** Inside a class initializer: its writes are published to every later user of the class by the JVM. */
    int classInitDepth;
    /** The outermost JDK call in progress, for the trace's words and the deadlock report. */
    Op jdkCall;
    /** The program made it a daemon thread (the explorer makes every real thread a daemon, so it keeps its own note). */
    boolean programDaemon;
    /** Spurious wake-ups this thread may still have (the option bounds them: endless ones are no real JVM's behaviour). */
    int spuriousLeft = 2;
    /** The stamp of the thread's open optimistic read of a StampedLock (see RaceDetector). */
    long optimisticStamp;
    /** Timeouts this thread may still take while another thread could run (see ModelContext.mayTimeOut). */
    int earlyTimeoutsLeft = 1;
    /** Stands in for this thread while the explorer reads the program from it (see Execution.bypassing). */
    ThreadState bypassTwin;
    /** The thread's body is running under the explorer (started once, however it is entered). */
    boolean inBody;
    /** The exception the program's code last threw in this thread, and the step it was in (see Hooks.throwing). */
    Throwable thrown;
    int thrownAtStep;
    /** Started by the JDK's code (an executor adding a worker): its body is the JDK's, so it begins with a step. */
    boolean startedByJdk;

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
