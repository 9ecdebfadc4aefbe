package tcheck.checker.explorer.runtime;

import tcheck.results.FailureKind;
import tcheck.scenario.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * One execution of a program under the controlled scheduler. Real threads run the real bytecode,
 * but only the thread holding the turn runs; at each scheduling point it records its pending
 * operation, and the thread that ran last picks who goes next (through the {@link Chooser}),
 * performs that thread's operation on the models of the primitives, and hands over the turn.
 * Blocking is modelled: a thread whose operation cannot proceed is simply never chosen, so
 * "every live thread blocked" is seen as a deadlock instead of hanging.
 */
public final class Execution {
    static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();
    /** The execution in progress in this JVM, if any: threads it does not know are uncontrolled. */
    static volatile Execution active;

    private final Chooser chooser;
    private final ExecutionOptions options;
    private final List<ThreadState> threads = new ArrayList<>();
    private final Map<Thread, ThreadState> byThread = new ConcurrentHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final ObjectNames names = new ObjectNames();
    private final Primitives primitives;
    private final MemoryFingerprint memory;
    private final LivelockWatch livelock = new LivelockWatch();
    private final CountDownLatch done = new CountDownLatch(1);
    private final ThreadState explorerThread;
    private final Substrate substrate = Substrate.forExecution();

    private Program program;
    private boolean checksSoFar;
    private HistoryRecorder history;

    private ThreadState running;
    private volatile boolean aborted;
    private volatile Failure failure;
    private volatile int progress;
    private boolean boundReached;
    private volatile boolean classInitAbandoned;

    /**
     * A thread was ended inside a class initializer (that class is unusable in this class loader from
     * now on), or a controlled thread initialized a class (the next execution must find it uninitialized).
     */
    public boolean classInitAbandoned() {
        return classInitAbandoned || primitives.classInits().initializedAny();
    }

    ClassInitModel classInits() {
        return primitives.classInits();
    }

    Primitives primitives() { return primitives; } // for hooks that need a model's state beyond a step's result

    /** Threads whose daemon status the program set itself (the JDK's code sets it too, as a thread factory does). */
    private final java.util.Set<Thread> explicitDaemon = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void daemonSet(Thread t) {
        synchronized (this) {
            explicitDaemon.add(t);
        }
    }

    /** Only daemon threads were left, all blocked: the execution ended as the JVM would, normally. */
    private boolean daemonsLeftBlocked;
    /** The program called System.exit / Runtime.halt: the execution ends there, as the JVM would. */
    private boolean exited;
    /** The time the program sees: only sleeps and timeouts move it. */
    private final VirtualClock clock = new VirtualClock();
    private boolean redundant;
    /** Keep the trace (state after each step, its words); off, steps keep only what search and detectors need. */
    private boolean recordTrace = true;
    /** The dependence clock a thread being started inherits from its START step. */
    private VectorClock pendingChildClock;
    private Map<Integer, Op> lastPending = Map.of();
    private Map<Integer, VectorClock> lastClocks = Map.of();
    private final List<Decision> decisions = new ArrayList<>();

    public Execution(Chooser chooser, ExecutionOptions options) {
        this.chooser = chooser;
        this.options = options;
        this.explorerThread = new ThreadState(-1, "explorer", Thread.currentThread(), this, true);
        this.memory = new MemoryFingerprint(names);
        this.primitives = new Primitives(names, clock, options.spuriousWakeups(), this::chooseWaiter, byThread::get, this::register,
                () -> threads);
    }

    // ------------------------------------------------------------------ driving one execution

    /**
     * Runs the program's body in a fresh "main" thread under control, then (if nothing failed)
     * its final-state check. Returns when the execution is over.
     */
    public void run(java.util.function.Supplier<Program> programs) {
        CURRENT.set(explorerThread);
        active = this;
        try {
            // built by the explorer's own thread: constructors run plainly, conditions get registered
            try {
                this.program = programs.get();
                this.checksSoFar = CHECKS_SO_FAR.get(program.getClass());
            } catch (ProgramConstructionFailed e) {
                failure = new Failure(FailureKind.EXCEPTION, e.getMessage(), 0, Map.of("exception", String.valueOf(e.getCause())));
                CURRENT.remove();
                return;
            }
            Thread main = new Thread(wrap(program::run), "main");
            if (substrate == Substrate.THREADS) {
                main.setDaemon(true); // a real thread of the explorer's must not keep the JVM alive
            }
            ThreadState mainState = register(main);
            launch(mainState);
            boolean arrived = true;
            try {
                awaitArrival(mainState);
            } catch (ExecutionAborted stuck) {
                arrived = false; // main never reached its first step: the failure recorded says where it is
            }
            if (arrived) {
                if (mainState.status != Status.TERMINATED) {
                    synchronized (this) {
                        decide(null);
                    }
                } else {
                    finishIfAllDone();
                }
                awaitDone();
            }
        } finally {
            active = null;
        }
        completeAll();
        if (exited) {
            CURRENT.remove();
            reapThreads();
            return; // the JVM would be gone: nothing after exit() runs, no final check
        }
        boolean ended = !aborted || daemonsLeftBlocked;
        if (ended && !boundReached && !redundant) {
            // every thread is over: the state cannot change any more (an aborted run's threads are still unwinding)
            synchronized (this) {
                bypassing(() -> finalState = snapshot());
            }
        }
        if (history != null && failure == null && ended && !boundReached && !redundant) {
            history.observeFinally(this);
        }
        if (failure == null && ended && !boundReached && !redundant) {
            try {
                program.check();
            } catch (tcheck.scenario.Violation v) {
                failure = new Failure(v.kind(), v.getMessage(), 0, Map.of());
            } catch (AssertionError e) {
                failure = new Failure(FailureKind.INVARIANT, String.valueOf(e.getMessage()), 0, Map.of());
            } catch (RuntimeException e) {
                failure = new Failure(FailureKind.EXCEPTION, "final-state check threw " + e, 0, Map.of());
            }
        }
        CURRENT.remove();
        reapThreads();
    }

    /** How long the explorer's thread waits awake for an execution to end before it parks (most end sooner). */
    private static final long DONE_SPIN_NANOS = 10 * Baton.SPIN_NANOS;

    private void awaitDone() {
        int seen = -1;
        long since = System.nanoTime();
        if (substrate.carried() && Baton.spinUntil(() -> done.getCount() == 0, DONE_SPIN_NANOS)) {
            return;
        }
        try {
            while (!done.await(200, TimeUnit.MILLISECONDS)) {
                if (substrate == Substrate.VIRTUAL) {
                    VirtualCarriers.rescue();
                }
                int now = progress;
                if (now != seen) {
                    seen = now;
                    since = System.nanoTime();
                } else if (System.nanoTime() - since > options.stuckTimeoutMillis() * 1_000_000L) {
                    stuck();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(new Failure(Failure.ERROR, "exploration interrupted", steps.size(), Map.of()));
        }
    }

    /** The running thread made no scheduling decision for too long: it blocks or loops where we cannot see. */
    private void stuck() {
        ThreadState child = arriving;
        if (child != null) {
            notArrived(child);
            return;
        }
        ThreadState t = running;
        StackTraceElement[] stack = t == null ? new StackTraceElement[0] : Carriers.runner(t).getStackTrace();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < Math.min(6, stack.length); i++) {
            where.append("\n    at ").append(stack[i]);
        }
        String at = t == null ? "" : whereIs(stack);
        String why = waitsInTheExplorer(stack)
                ? "it waits for a turn the checker did not give it: an internal error of tcheck, not the program's (please report it with what follows)"
                : "it blocks or loops in code the checker cannot control (a call it does not model, or a loop without shared accesses)";
        abort(new Failure(Failure.ERROR, "thread " + (t == null ? "?" : t.name) + " made no progress for "
                + options.stuckTimeoutMillis() + " ms" + (at.isEmpty() ? "" : " at " + at) + ": " + why + where, steps.size(),
                Map.of(Failure.STUCK, true)));
    }

    /** Whether the innermost frame that is not the JDK's is the explorer's own: the thread waits in its hand-off, not in the program. */
    static boolean waitsInTheExplorer(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return isExplorer(c);
        }
        return false;
    }

    /** Runs a registered thread's body: a real start of its Thread, or on a pooled carrier. */
    private void launch(ThreadState s) {
        if (substrate == Substrate.VIRTUAL) {
            VirtualCarriers.launch(s);
        } else if (substrate == Substrate.POOLED) {
            Carriers.launch(s);
        } else {
            s.thread.start();
        }
    }

    private void reapThreads() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        for (ThreadState t : threads) {
            long left = deadline - System.nanoTime();
            if (substrate.carried()) {
                if (left > 0 && t.runner != null) {
                    t.ended.take(Math.max(1, left / 1_000_000)); // its carrier is idle again (or left behind, stuck)
                }
                continue;
            }
            if (left > 0 && t.thread.isAlive()) {
                try {
                    t.thread.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------ threads

    /** Wraps a thread body so the explorer sees the thread begin, fail and end. */
    public static Runnable wrap(Runnable body) {
        if (body == null || body instanceof ManagedRunnable) {
            return body;
        }
        return new ManagedRunnable(body);
    }

    /** The body of a thread the explorer controls. */
    static final class ManagedRunnable implements Runnable {
        private final Runnable body;

        ManagedRunnable(Runnable body) {
            this.body = body;
        }

        @Override
        public void run() {
            Execution ex = active;
            ThreadState me = CURRENT.get(); // a substrate's thread runs the body: Thread.currentThread() is not the program's here
            if (me == null || me.execution != ex) {
                me = ex == null ? null : ex.byThread.get(Thread.currentThread());
            }
            if (me == null) {
                body.run(); // not under the explorer: behave like the plain Runnable
                return;
            }
            me.execution.runThreadBody(me, body);
        }
    }

    void runThreadBody(ThreadState me, Runnable body) {
        if (me.inBody) {
            beginInJdk(me, body); // the thread's own Runnable, met inside Thread.run()
            body.run(); // entered twice (Thread.run() and a wrapped Runnable): one life
            return;
        }
        me.inBody = true;
        CURRENT.set(me);
        try {
            beginInJdk(me, me.startedByJdk ? me.thread : body);
            body.run();
        } catch (ExecutionAborted e) {
            // the explorer ended this execution; die quietly
        } catch (Throwable e) {
            if (!handledByProgram(me, e)) {
                threadFailed(me, e);
            }
        } finally {
            terminate(me);
            CURRENT.remove();
        }
    }

    /**
     * A thread whose body is the JDK's code (a {@code FutureTask} given to {@code new Thread}, an executor's
     * worker) begins with a step of its own, a call into the JDK like any other: that code's memory is not
     * seen, so without it the body ran up to its first visible point inside the starting thread's step, and a
     * task that touched nothing visible was always finished when its starter looked ({@code isDone()} never
     * false). A body of the program's own code begins at its first visible point, as before.
     */
    private void beginInJdk(ThreadState me, Object body) {
        if (me.status != Status.STARTING || !(me.startedByJdk || body.getClass().getClassLoader() == null)) {
            return;
        }
        perform(me, new Op(OpKind.JDK_CALL, body, "run", true, null, null));
    }

    /** Steps taken so far in this execution (the running thread's current step is the last). */
    int stepCount() {
        return steps.size();
    }

    boolean isRegistered(Thread t) {
        return byThread.containsKey(t);
    }

    /** A thread started under control whose body was not wrapped (a Thread subclass): run it as if it were. */
    void runRegistered(Thread t, Runnable body) {
        runThreadBody(byThread.get(t), body);
    }

    /**
     * The JDK numbers unnamed threads ("Thread-N") and executors' pools ("pool-N-thread-M") across the
     * whole JVM, so the same thread was Thread-14 in a search and Thread-0 in its replay: an execution
     * numbers its own as a fresh JVM would, the program's threads when it constructs them (a thread
     * kept in an array or a field before it starts shows in the trace by that name), the others (a
     * pool's, made in the JDK's code) when they start.
     */
    void created(Thread t) {
        if (t.getState() == Thread.State.NEW && namedAtConstruction.add(t)) { // not one its own constructor started
            nameLikeAFreshJvm(t);
        }
    }

    private final java.util.Set<Thread> namedAtConstruction = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void nameLikeAFreshJvm(Thread t) {
        java.util.regex.Matcher m = JDK_DEFAULT_NAME.matcher(t.getName());
        if (m.matches()) {
            t.setName(m.group(1) != null ? "pool-" + pools.computeIfAbsent(m.group(1), k -> pools.size() + 1) + "-thread-" + m.group(2)
                    : m.group(3) != null ? "ForkJoinPool-" + forkJoinPools.computeIfAbsent(m.group(3), k -> forkJoinPools.size() + 1)
                    + "-worker-" + m.group(4) : "Thread-" + unnamedThreads++);
        }
    }

    private static final java.util.regex.Pattern JDK_DEFAULT_NAME =
            java.util.regex.Pattern.compile("Thread-\\d+|pool-(\\d+)-thread-(\\d+)|ForkJoinPool-(\\d+)-worker-(\\d+)");
    private final Map<String, Integer> forkJoinPools = new java.util.HashMap<>();
    private int unnamedThreads;
    private final Map<String, Integer> pools = new java.util.HashMap<>();

    private ThreadState register(Thread t) {
        ThreadState s = new ThreadState(threads.size(), traceName(t.getName()), t, this, false);
        threads.add(s);
        byThread.put(t, s);
        return s;
    }

    /**
     * The thread's name in the trace: its own, but for a name an earlier thread of the execution
     * has already ("counter", "counter#2"): a JVM lets threads share a name (a pool's factory that
     * names every worker alike), and a trace that folds two threads into one column teaches nothing.
     */
    private String traceName(String name) {
        int same = 0;
        for (ThreadState other : threads) {
            if (other.thread.getName().equals(name)) {
                same++;
            }
        }
        return same == 0 ? name : name + "#" + (same + 1);
    }

    /** A thread started from a virtual thread of the substrate that has not reached its first point yet (the watchdog times it). */
    private volatile ThreadState arriving;

    private void awaitArrival(ThreadState child) {
        if (VirtualCarriers.logical(Thread.currentThread()) != null) {
            // a virtual thread's timed park goes through the JDK's scheduled executors, themselves under control: untimed here, the explorer's watchdog times it
            arriving = child;
            ThreadState parent = CURRENT.get();
            try {
                child.arrived.take(parent != null && parent.classInitDepth > 0);
            } finally {
                arriving = null;
            }
            return;
        }
        if (!child.arrived.take(options.stuckTimeoutMillis(), substrate.carried() ? Baton.SPIN_NANOS : 0)) {
            notArrived(child);
            throw new ExecutionAborted();
        }
    }

    private void notArrived(ThreadState child) {
        String at = whereIs(Carriers.runner(child));
        abort(new Failure(Failure.ERROR, "thread " + child.name + " was started but did not reach a scheduling point in "
                + options.stuckTimeoutMillis() + " ms" + (at.isEmpty() ? "" : " (it is at " + at + ")")
                + ": it blocks or loops in code the checker cannot control", steps.size(), Map.of(Failure.STUCK, true)));
    }

    /** Called by instrumented {@code Thread.start()}: a step, then the child runs alone to its first point. */
    void start(ThreadState me, Thread t, tcheck.checker.explorer.instrument.Site site) {
        start(me, t, site, false);
    }

    /** {@code byJdk}: the JDK's code started the thread (its body is the JDK's too). */
    void start(ThreadState me, Thread t, tcheck.checker.explorer.instrument.Site site, boolean byJdk) {
        // every real thread here is a daemon, so a new one inherits that: the program's own would inherit its creator's
        boolean daemon = explicitDaemon.contains(t) || me.bypass ? t.isDaemon() : me.programDaemon;
        if (!namedAtConstruction.contains(t)) {
            nameLikeAFreshJvm(t);
        }
        boolean again = substrate.carried() && byThread.containsKey(t);
        perform(me, new Op(OpKind.START, t, null, true, site, null));
        ThreadState child = byThread.get(t);
        child.programDaemon = daemon;
        child.startedByJdk = byJdk;
        if (substrate == Substrate.THREADS) {
            t.setDaemon(true); // a carrier is a daemon already: on the pooled substrate the program's Thread keeps its own status
        }
        if (again) {
            throw new IllegalThreadStateException(); // as a second real start() would (the thread object was never started on a carrier)
        }
        launch(child);
        awaitArrival(child);
        if (aborted) {
            throw new ExecutionAborted();
        }
    }

    /**
     * The program's own uncaught-exception handler (set on the thread, or a default one of the
     * program's) takes the exception, as the JVM would hand it over: then it is not a failure.
     */
    private boolean handledByProgram(ThreadState me, Throwable e) {
        if (e instanceof ProgramExit || aborted) {
            return false;
        }
        Thread.UncaughtExceptionHandler h = me.thread.getUncaughtExceptionHandler();
        if (h == me.thread.getThreadGroup()) {
            Thread.UncaughtExceptionHandler global = Thread.getDefaultUncaughtExceptionHandler();
            h = global != null && global.getClass().getClassLoader() instanceof tcheck.checker.explorer.instrument.InstrumentingClassLoader
                    ? global : null;
        }
        if (h == null) {
            return false;
        }
        try {
            h.uncaughtException(me.thread, e);
        } catch (ExecutionAborted | ProgramExit stop) {
            throw stop;
        } catch (Throwable ignored) {
            // the JVM ignores what a handler throws
        }
        return true;
    }

    private void threadFailed(ThreadState me, Throwable e) {
        if (aborted) {
            return; // an execution the explorer ended (or abandoned) yields no failure of its own
        }
        if (e instanceof ProgramExit exit) {
            synchronized (this) {
                if (exit.status() != 0 && failure == null) {
                    failure = new Failure(FailureKind.EXCEPTION, exit.getMessage(), Math.max(1, steps.size()), Map.of("exitStatus", exit.status(), "thread", me.name));
                }
                exited = true;
                abortLocked(failure);
            }
            return;
        }
        if (failure == null) {
            String at = firstUserFrame(e);
            // the step the program's code threw in, before the steps of its finally blocks (a shutdown, an unlock)
            int step = me.thrown == e && me.thrownAtStep > 0 ? me.thrownAtStep : Math.max(1, steps.size());
            if (e instanceof tcheck.scenario.Violation v) {
                failure = new Failure(v.kind(), v.getMessage() + " (in " + me.name + ")", step, Map.of());
                return;
            }
            if (e instanceof AssertionError) {
                failure = new Failure(FailureKind.INVARIANT, "assertion failed in " + me.name + (at.isEmpty() ? "" : " at " + at)
                        + ": " + e.getMessage(), step, Map.of());
                return;
            }
            failure = new Failure(FailureKind.EXCEPTION, e.getClass().getSimpleName() + " in " + me.name
                    + (at.isEmpty() ? "" : " at " + at) + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    step, Map.of("exception", e.toString(), "thread", me.name));
        }
    }

    /** " (at File.java:12)" for the first frame of the program's own code in the exception, or "". */
    static String where(Throwable e) {
        String at = firstUserFrame(e);
        return at.isEmpty() ? "" : " (at " + at + ")";
    }

    /** "File.java:12": the first frame of the program's own code where a (stuck) thread is now, or "". */
    private static String whereIs(Thread t) {
        return whereIs(t.getStackTrace());
    }

    private static String whereIs(StackTraceElement[] stack) {
        Throwable here = new Throwable();
        here.setStackTrace(stack);
        return firstUserFrame(here);
    }

    private static boolean isExplorer(String className) {
        String p = "tcheck.checker.explorer.";
        return className.startsWith("tcheck.jdkbridge.") || className.startsWith(p)
                && (className.indexOf('.', p.length()) < 0 || className.startsWith(p + "runtime.")
                || className.startsWith(p + "instrument.") || className.startsWith(p + "jdk.") || className.startsWith(p + "search."));
    }

    private static String firstUserFrame(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            String c = f.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.") && !isExplorer(c)
                    && !c.startsWith("org.junit.") && !c.startsWith("org.opentest4j.") && !c.startsWith("org.assertj.")) {
                return f.getFileName() + ":" + f.getLineNumber();
            }
        }
        return "";
    }

    private void terminate(ThreadState me) {
        synchronized (this) {
            if (me.status == Status.STARTING) {
                me.status = Status.TERMINATED;
                me.arrived.give();
                return;
            }
            ending = me;
            complete(me);
            ending = null;
            primitives.jdkPublish(me); // a thread's end is seen by whoever learns of it through the JDK (a future, a pool)
            me.status = Status.TERMINATED;
            me.pending = null;
            progress++;
            if (failure != null && !aborted) {
                abortLocked(failure);
                return;
            }
            if (aborted) {
                return;
            }
            if (running == me) {
                decide(me);
            }
        }
    }

    private void finishIfAllDone() {
        for (ThreadState t : threads) {
            if (t.status != Status.TERMINATED) {
                return;
            }
        }
        done.countDown();
    }

    // ------------------------------------------------------------------ the scheduling point

    /**
     * A thread is about to perform {@code op}. Returns once the scheduler chose it and performed the
     * operation's effect on the models; the result (e.g. tryLock's outcome) is returned.
     */
    Object perform(ThreadState me, Op op) {
        if (aborted) {
            throw new ExecutionAborted();
        }
        boolean arrived = false;
        synchronized (this) {
            me.pending = op.named(names.of(op.syncObject()));
            if (me.status == Status.STARTING) {
                me.status = Status.READY;
                arrived = true;
            } else {
                complete(me);
                if (failure != null && !aborted) {
                    abortLocked(failure); // what the last step did already broke a property
                }
                if (aborted) {
                    throw new ExecutionAborted();
                }
                if (decide(me)) {
                    return me.result;
                }
            }
        }
        if (arrived) {
            me.arrived.give(); // out of the monitor: whoever waits for it takes the monitor next
        }
        me.turn.take(me.classInitDepth > 0);
        if (aborted) {
            throw new ExecutionAborted();
        }
        return me.result;
    }

    /** After an execution ended early, gives the steps that were still running their action and state. */
    /** The synchronization state when the execution was ended early, for the steps completed after that. */
    private tcheck.results.SyncState syncAtAbort;
    /** The thread whose last step is being completed as it ends: done in the step's synchronization state. */
    private ThreadState ending;

    private void completeAll() {
        if (!recordTrace && (failure == null || !failure.isStuck())) {
            return; // the search needs nothing of an execution that is over (but the words of one that is shown as it ran)
        }
        synchronized (this) {
            bypassing(() -> {
                for (Step s : steps) {
                    if (!s.completed) {
                        completeStep(s);
                    }
                }
            });
        }
    }

    /** Completes the step a thread was running: the shared state after it, for the trace. */
    private void complete(ThreadState t) {
        Step s = t.running;
        if (s == null || s.completed) {
            return;
        }
        t.running = null;
        bypassing(() -> completeStep(s));
    }

    /** Call while bypassing. Without a trace, only the state's fingerprint and the objects' names. */
    private void completeStep(Step s) {
        if (recordTrace) {
            s.stateAfter = snapshot();
            s.stateAfterHash = s.stateAfter.hashCode();
            s.sync = aborted && syncAtAbort != null ? syncAtAbort : SyncSnapshots.of(threads, ending, primitives, names);
        } else {
            s.stateAfterHash = stateFingerprint(); // names what the copy would name, in the same order
        }
        // the words, even without a trace: rendering a value or an action may name objects, and names are
        // numbered in the order objects are met (they show in race reports and dependence keys)
        s.interrupted = s.value == ModelContext.INTERRUPTED;
        s.value = PlainValues.of(s.value, names);
        s.action = Actions.describe(s, primitives, names);
        s.completed = true;
        if (checksSoFar && failure == null && !aborted) {
            try {
                program.checkSoFar();
            } catch (tcheck.scenario.Violation v) {
                failure = new Failure(v.kind(), v.getMessage(), s.index, Map.of()); // ends the run: see perform and terminate
            }
        }
    }

    /** Programs that check what happened so far after every step (most do not: then no call at all). */
    private static final ClassValue<Boolean> CHECKS_SO_FAR = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("checkSoFar").getDeclaringClass() != Program.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    /** {@code snapshot().hashCode()} without the copy. */
    private int stateFingerprint() {
        try {
            Map<String, Object> state = program.sharedState();
            return state == null ? 0 : PlainValues.hash(state, names);
        } catch (RuntimeException e) {
            return Map.of("state", "unreadable: " + e).hashCode();
        }
    }

    /** Whether steps keep the state after them (default), or only what the search needs. */
    public void recordTrace(boolean on) {
        this.recordTrace = on;
    }

    public boolean recordsTrace() {
        return recordTrace;
    }

    /**
     * After the thread's call on a {@code StampedLock}: an optimistic read begins at a {@code tryOptimisticRead}
     * and ends at the {@code validate} that follows (see {@link RaceDetector}). The stamp and
     * the validation are the lock's own, asked again here: both only read its state, which nothing changed
     * since the thread's call in this same step.
     */
    void stampedLockCalled(ThreadState t, java.util.concurrent.locks.StampedLock lock, String method) {
        RaceDetector races = primitives.raceDetector();
        if (method.equals("tryOptimisticRead")) {
            long[] stamp = new long[1];
            synchronized (this) {
                bypassing(() -> stamp[0] = lock.tryOptimisticRead());
            }
            t.optimisticStamp = stamp[0]; // 0 while a writer holds the lock: its validate says false, as the Javadoc's reader expects
            races.optimisticReadBegins(t);
        } else if (method.equals("validate") && races.inOptimisticRead(t)) {
            boolean[] valid = new boolean[1];
            synchronized (this) {
                bypassing(() -> valid[0] = lock.validate(t.optimisticStamp));
            }
            races.optimisticReadEnds(t, valid[0]);
        }
    }

    /** Runs the explorer's own reads of the program (state, toString of values) without scheduling points. */
    void bypassing(Runnable r) {
        ThreadState caller = CURRENT.get();
        CURRENT.set(bypassState(caller));
        try {
            r.run();
        } finally {
            CURRENT.set(caller);
        }
    }

    /**
     * The explorer's stand-in on this thread while it reads the program: made once per thread of the
     * execution (it happens at every step, and a thread's state is not small). It carries no state:
     * every hook lets a bypassing thread through untouched.
     */
    private ThreadState bypassState(ThreadState caller) {
        Thread current = Thread.currentThread();
        if (caller == null || caller.execution != this) {
            return new ThreadState(-1, "explorer", current, this, true);
        }
        ThreadState b = caller.bypassTwin;
        if (b == null || b.thread != current) {
            b = new ThreadState(-1, "explorer", current, this, true);
            caller.bypassTwin = b;
        }
        return b;
    }

    /** The program's shared state as plain values; call while bypassing. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot() {
        try {
            Map<String, Object> state = program.sharedState();
            return state == null ? Map.of() : (Map<String, Object>) PlainValues.of(state, names);
        } catch (RuntimeException e) {
            return Map.of("state", "unreadable: " + e);
        }
    }

    /**
     * Picks the next thread and performs its pending operation. Returns true when {@code from} itself
     * was chosen (it just continues); otherwise the chosen thread's turn is released.
     */
    private boolean decide(ThreadState from) {
        progress++;
        if (aborted) {
            return false;
        }
        List<Integer> enabled = new ArrayList<>();
        Map<Integer, Op> pending = new ByThread<>(threads.size());
        Map<Integer, VectorClock> clocks = new ByThread<>(threads.size());
        lastPending = pending;
        lastClocks = clocks;
        boolean anyAlive = false;
        primitives.setTimeoutsFire(false);
        for (ThreadState t : threads) {
            if (t.status == Status.TERMINATED) {
                continue;
            }
            anyAlive = true;
            if (t.pending != null) {
                pending.put(t.id, t.pending);
                clocks.put(t.id, t.dep);
                if (isEnabled(t)) {
                    enabled.add(t.id);
                }
            }
        }
        if (enabled.isEmpty() && anyAlive) {
            primitives.setTimeoutsFire(true); // nothing else can run: time passes, every timed wait may end
            for (ThreadState t : threads) {
                if (t.status != Status.TERMINATED && t.pending != null && isEnabled(t)) {
                    enabled.add(t.id);
                }
            }
        }
        if (!anyAlive) {
            done.countDown();
            return false;
        }
        if (enabled.isEmpty()) {
            if (onlyDaemonsLeft()) {
                daemonsLeftBlocked = true; // the JVM would exit here: daemon threads do not keep it alive
                abortLocked(null);
                return false;
            }
            abortLocked(Deadlocks.describe(threads, primitives, names, steps.size()));
            return false;
        }
        int last = from == null ? -1 : from.id;
        long hash = StateHash.of(steps.isEmpty() ? 0 : steps.get(steps.size() - 1).sharedHash(), memoryHash(), pending, primitives.stateHash(), names);
        int preferred = livelock.preferred(steps, hash, enabled, last);
        if (steps.size() >= options.maxSteps()) {
            boundReached = true;
            Failure cycle = livelock.atBound(steps, names);
            abortLocked(cycle != null ? cycle : new Failure(Failure.STEP_BOUND, "step bound of " + options.maxSteps()
                    + " reached without a repeating cycle", steps.size(), Map.of()));
            return false;
        }
        List<Integer> choices = List.copyOf(enabled); // one immutable copy for the chooser, the decision and the step
        int chosenId = chooser.chooseThread(steps.size(), choices, last, preferred, pending, livelock.following(), hash,
                traceKey.a(), traceKey.b(), keyIfChosen);
        if (chosenId == -1) {
            redundant = true; // every thread that can run leads where the search has been already
            abortLocked(null);
            return false;
        }
        decisions.add(new Decision(steps.size(), false, choices, chosenId));
        if (!enabled.contains(chosenId)) {
            abortLocked(new Failure(Failure.ERROR, "schedule chose thread " + chosenId + " at step " + (steps.size() + 1)
                    + " but only " + enabled + " can run", steps.size(), Map.of()));
            return false;
        }
        livelock.chosen(chosenId);
        ThreadState chosen = threads.get(chosenId);
        boolean preemption = from != null && from != chosen && from.status != Status.TERMINATED && enabled.contains(from.id);
        Step step = new Step(steps.size() + 1, chosen, chosen.pending, choices, pending, clocks, preemption);
        if (chosen.pending.kind() == OpKind.CALL && Boolean.TRUE.equals(chosen.pending.arg()) && chosen.pending.write()) {
            memory.atomicWritten(chosen.pending.target());
        }
        step.stateHash = hash;
        steps.add(step);
        chosen.running = step;
        running = chosen;
        dependenceClock(step, chosen);
        chosen.result = execute(chosen, chosen.pending);
        if (chosen.result != null && !step.hasValue) {
            step.value = chosen.result;
            step.hasValue = true;
        }
        if (aborted) {
            return false;
        }
        if (chosen == from) {
            return true;
        }
        chosen.turn.give();
        return false;
    }

    private boolean onlyDaemonsLeft() {
        for (ThreadState t : threads) {
            if (t.status != Status.TERMINATED && !t.programDaemon) {
                return false;
            }
        }
        return true;
    }

    /** The steps so far as a Mazurkiewicz trace (see {@link TraceKey}): given to the chooser with each choice. */
    private final TraceKey traceKey = new TraceKey();
    /** The join of the dependence clocks of every global step so far, and of every step not ordered by happens-before. */
    private final VectorClock globalSteps = new VectorClock();
    private final VectorClock unorderedSteps = new VectorClock();
    /** The other steps so far by key: only steps of the same key can depend on each other (see {@link DependenceIndex}). */
    private final Map<String, List<Step>> stepsByKey = new java.util.HashMap<>();
    /** The global steps so far, in order: with {@link #stepsByKey}, the index the search's race analysis reads. */
    private final List<Step> globalStepList = new ArrayList<>();

    /**
     * The step's dependence clock: its thread's, joined with the clock of every earlier step it
     * depends on. A global step depends on every step not ordered by happens-before, every such step
     * on each global one; the others are compared with the earlier steps of their key only.
     */
    private void dependenceClock(Step step, ThreadState t) {
        VectorClock c = clockOf(t, step.op, step.index);
        OpKind.Dependence d = step.op.kind().dependence();
        step.dep = c;
        t.dep = c;
        step.ordinal = ++t.stepsTaken;
        traceKey.add(step, steps, threads.size());
        if (d == OpKind.Dependence.GLOBAL) {
            globalSteps.join(c);
            unorderedSteps.join(c);
            globalStepList.add(step);
        } else {
            if (d != OpKind.Dependence.ORDERED || step.op.kind() == OpKind.START) {
                unorderedSteps.join(c); // a start too: every later global step depends on it
            }
            if (step.op.kind() != OpKind.YIELD) {
                stepsByKey.computeIfAbsent(step.op.key(), k -> new ArrayList<>()).add(step); // a start and a join: each other's
            }
        }
        if (step.op.kind() == OpKind.START) {
            // the child is registered by execute(); it inherits the clock there
            pendingChildClock = c;
        }
    }


    /** The dependence clock thread {@code t} doing {@code op} as step {@code index} would have now (nothing changes). */
    private VectorClock clockOf(ThreadState t, Op op, int index) {
        VectorClock c = t.dep.copy();
        OpKind.Dependence d = op.kind().dependence();
        if (d == OpKind.Dependence.GLOBAL) {
            c.join(unorderedSteps);
        } else if (d != OpKind.Dependence.ORDERED || op.kind() == OpKind.START) {
            c.join(globalSteps); // a start too depends on every global step (see Op.dependsOn)
            joinSameKey(c, op);
        } else if (op.kind() == OpKind.JOIN) {
            joinSameKey(c, op); // a join of a thread not started yet, and its start
        }
        if (op.kind() == OpKind.JOIN && op.target() instanceof Thread th && byThread.get(th) != null) {
            c.join(byThread.get(th).dep);
        }
        c.set(t.id, index);
        return c;
    }

    /** Joins into {@code c} the clocks of the earlier steps of the operation's key that it depends on. */
    private void joinSameKey(VectorClock c, Op op) {
        List<Step> same = stepsByKey.get(op.key());
        if (same != null) {
            for (Step earlier : same) {
                // a step the clock has already (through a later one) adds nothing: clocks are closed under joins
                if (c.get(earlier.thread) < earlier.index && earlier.op.dependsOn(op)) {
                    c.join(earlier.dep);
                }
            }
        }
    }

    /**
     * The trace key the steps would have if thread {@code id} took its pending step now ({@link
     * Chooser}'s {@code keyIfChosen}), or null when it has none. A notify that then chooses among waiters
     * adds to the key after this. Null too once a state came back on this path: there the livelock watch
     * may see a cycle, which depends on the path and not only on the key, so the choice must be run.
     */
    private long[] traceKeyIfChosen(int id) {
        ThreadState t = threads.get(id);
        Op op = t.pending;
        if (op == null || t.status == Status.TERMINATED || livelock.revisited()) {
            return null;
        }
        int index = steps.size() + 1;
        return traceKey.with(t.id, t.stepsTaken + 1, op, clockOf(t, op, index), steps, threads.size());
    }

    private final java.util.function.IntFunction<long[]> keyIfChosen = this::traceKeyIfChosen;

    /** One choice the execution made: a thread to run, or a waiter to wake. */
    public record Decision(int step, boolean waiter, List<Integer> options, int chosen) {
        /** The choice as a schedule writes it: the thread's number, or {@code w<number>} for a woken waiter. */
        public String token() {
            return waiter ? "w" + chosen : String.valueOf(chosen);
        }
    }

    /** Pending operations of the live threads in the last state reached (blocked ones at a deadlock). */
    public Map<Integer, Op> finalPending() {
        return lastPending;
    }

    public Map<Integer, VectorClock> finalClocks() {
        return lastClocks;
    }

    /** Whether the visible state came back to one it had been in on this path (see {@link LivelockWatch}). */
    public boolean stateRevisited() {
        return livelock.revisited();
    }

    public List<Decision> decisions() {
        return decisions;
    }

    private void abortLocked(Failure f) {
        if (failure == null && f != null) {
            failure = f;
        }
        if (aborted) {
            return;
        }
        if (recordTrace) {
            // steps completed from now on show the state as the run ended: threads unwinding after it end in any order
            syncAtAbort = SyncSnapshots.of(threads, ending, primitives, names);
        }
        aborted = true;
        for (ThreadState t : threads) {
            if (t.status != Status.TERMINATED && t.classInitDepth > 0) {
                classInitAbandoned = true; // unwinding it marks the class as failed in this class loader
            }
        }
        for (ThreadState t : threads) {
            if (t.status != Status.TERMINATED) {
                t.turn.give();
                t.arrived.give();
            }
        }
        done.countDown();
    }

    private void abort(Failure f) {
        synchronized (this) {
            abortLocked(f);
        }
    }

    // ------------------------------------------------------------------ the primitives' models

    private boolean isEnabled(ThreadState t) {
        return primitives.isEnabled(t);
    }

    /** Performs the operation on its primitive's model; a started thread inherits its START step's dependence clock. */
    private Object execute(ThreadState t, Op op) {
        Object result = primitives.execute(t, op, steps.size());
        if (op.kind() == OpKind.START) {
            byThread.get((Thread) op.target()).dep = pendingChildClock.copy();
        }
        return result;
    }

    private ThreadState chooseWaiter(List<ThreadState> waiters) {
        List<Integer> ids = waiters.stream().map(x -> x.id).sorted().toList();
        int pick = chooser.chooseWaiter(steps.size() - 1, ids);
        decisions.add(new Decision(steps.size() - 1, true, ids, pick));
        int woken = ids.contains(pick) ? pick : ids.get(0);
        if (!steps.isEmpty()) {
            traceKey.woke(steps.get(steps.size() - 1), woken);
        }
        return threads.get(woken);
    }

    ConditionState condition(Object c) {
        return primitives.condition(c);
    }

    /** Whether this Condition belongs to a modelled lock (else it is the JDK's own, run under JDK control). */
    boolean isModelledCondition(Object c) {
        return primitives.isModelledCondition(c);
    }

    ThreadState stateOf(Thread t) {
        return byThread.get(t);
    }

    /** A thread's state as the model has it: blocked and waiting threads are those the model holds back. */
    Thread.State threadState(Thread t) {
        synchronized (this) {
            ThreadState s = byThread.get(t);
            if (s == null) {
                return t.getState();
            }
            if (s.status == Status.TERMINATED) {
                return Thread.State.TERMINATED;
            }
            Op op = s.pending;
            if (op == null || s.status == Status.STARTING || primitives.isEnabled(s)) {
                return Thread.State.RUNNABLE;
            }
            if (op.kind() == OpKind.MONITOR_ENTER || op.kind() == OpKind.WAKE && s.woken) {
                return Thread.State.BLOCKED;
            }
            return s.waitNanos >= 0 ? Thread.State.TIMED_WAITING : Thread.State.WAITING;
        }
    }

    boolean isAlive(Thread t) {
        ThreadState s = byThread.get(t);
        return s == null ? t.isAlive() : s.status != Status.TERMINATED;
    }

    boolean isAborted() {
        return aborted;
    }

    private final Draws draws = new Draws();

    /** The program's unseeded random numbers (see Draws). */
    Draws draws() {
        return draws;
    }

    /** Whether the program drew random numbers it did not seed: the same in every execution, not explored. */
    public boolean drewRandomNumbers() {
        return draws.drawn();
    }

    VirtualClock clock() {
        return clock;
    }

    void jdkPublish(ThreadState t) {
        synchronized (this) {
            primitives.jdkPublish(t);
        }
    }

    /** A memory access inside an atomic region (a JDK callback, a class initializer): for the race detector only. */
    void silentAccess(ThreadState t, Op op) {
        synchronized (this) {
            primitives.silentAccess(t, op, Math.max(1, steps.size()));
        }
    }

    /** A thread the explorer cannot control would run the program's code: the execution ends in an error that says so. */
    void uncontrollable(String what) {
        abort(new Failure(Failure.ERROR, what, steps.size(), Map.of()));
    }

    synchronized void registerCondition(Condition c, Lock owner) {
        primitives.registerCondition(c, owner);
    }

    boolean holdsLock(ThreadState t, Object o) {
        return primitives.holdsLock(t, o);
    }

    boolean holdsMonitor(ThreadState t, Object o) {
        return primitives.holdsMonitor(t, o);
    }

    int holdCount(ThreadState t, Object o) {
        return primitives.holdCount(t, o);
    }



    boolean conditionLockHeld(ThreadState t, Object condition) {
        return primitives.conditionLockHeld(t, condition);
    }

    synchronized void placedInField(Object value, Object holder, String field) {
        names.placedInField(value, holder, field);
    }

    synchronized void placedInVariable(Object value, String variable) {
        names.placedInVariable(value, variable);
    }

    synchronized void placedInArray(Object value, Object array, int index) {
        names.placedInArray(value, array, index);
    }

    private long memoryHash() {
        if (!memory.readsAtomics()) {
            return memory.hash(); // nothing of the program's to read: no bypass to set up at every step
        }
        long[] h = new long[1];
        bypassing(() -> h[0] = memory.hash()); // an atomic's value is read by the explorer, not by the program
        return h[0];
    }

    /** The value a write stores: for the trace, and into the fingerprint of memory. */
    void recordWrite(ThreadState t, Object value) {
        recordValue(t, value);
        Step s = t.running;
        if (s != null && s.op.kind() == OpKind.WRITE) {
            memory.written(s.op.target(), s.op.slot(), value);
        }
    }

    void recordValue(ThreadState t, Object value) {
        Step s = t.running;
        if (s != null && !s.hasValue) {
            s.value = value;
            s.hasValue = true;
        }
    }

    /** The thread that runs this execution (the explorer's): it waits for the end in the JDK's own latch. */
    boolean isExplorer(Thread t) {
        return t == explorerThread.thread;
    }

    void uncontrolled(Thread t) {
        OutsideThreads.reached(t);
        abort(new Failure(Failure.ERROR, "thread '" + t.getName() + "' runs checked code but was not started by it"
                + " with new Thread(..).start() (an executor or a JDK-internal thread?): the checker cannot control it",
                steps.size(), Map.of()));
    }

    // ------------------------------------------------------------------ operation histories

    /** Record the operations on this object under test, for the linearizability checker. */
    public void recordHistories(tcheck.scenario.ObjectUnderTest out) {
        this.history = out == null ? null : new HistoryRecorder(out);
    }

    /** The recorded histories by object name with their specs (empty when none were recorded). */
    public List<ObjectHistory> histories() {
        if (history == null) {
            return List.of();
        }
        return history.recorded().stream().map(r -> new ObjectHistory(r.name(), r.spec(), r.builder().build())).toList();
    }

    /** One object's history, ready for the linearizability checker. */
    public record ObjectHistory(String object, tcheck.specs.SequentialSpec<?> spec, tcheck.checker.linearizability.History history) {
    }

    void operationInvoked(ThreadState t, Object receiver, String method, Object[] args) {
        if (history != null) {
            synchronized (this) {
                history.invoke(t, receiver, method, args, this, names);
            }
        }
    }

    void operationReturned(ThreadState t, Object result) {
        if (history != null) {
            synchronized (this) {
                history.respond(t, result);
            }
        }
    }

    // ------------------------------------------------------------------ results

    public List<Step> steps() {
        return steps;
    }

    /** The steps grouped as {@link DependenceIndex} groups them, built as they were taken (read-only). */
    public DependenceIndex dependenceIndex() {
        return new DependenceIndex(java.util.Collections.unmodifiableMap(stepsByKey), java.util.Collections.unmodifiableList(globalStepList));
    }

    /** The shared state once every thread ended, as plain values; null when the run was cut short or abandoned. */
    public Map<String, Object> finalState() {
        return finalState;
    }

    private Map<String, Object> finalState;

    public Failure failure() {
        return failure;
    }

    /** The step bound was reached (livelock or not): the execution did not finish. */
    public boolean boundReached() {
        return boundReached;
    }

    /** Abandoned by the search (sleep sets): its continuation was covered by another execution. */
    public boolean redundant() {
        return redundant;
    }

    public List<RaceDetector.Race> races() {
        return primitives.races();
    }

    public List<String> threadNames() {
        return threads.stream().map(t -> t.name).toList();
    }
}
