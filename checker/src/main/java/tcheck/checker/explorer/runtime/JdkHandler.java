package tcheck.checker.explorer.runtime;

import tcheck.jdkbridge.JdkBridge;

/**
 * The explorer's side of the bridge that the rewritten {@code java.util.concurrent} code calls:
 * parks become blocking steps of the model, unparks set the model's permit, the clock is the
 * execution's virtual clock, threads the JDK starts (an executor's workers) become controlled
 * threads, interrupt flags are the model's. Only threads of the running execution are affected.
 */
public final class JdkHandler implements JdkBridge.Handler {
    private JdkHandler() {
    }

    /** The JVM's own common pool: once the handler is installed, a controlled thread asking for it gets its execution's. */
    private static volatile java.util.concurrent.ForkJoinPool realCommonPool;

    /**
     * Installs the handler; called once the bridge is in the bootstrap loader. Nothing may load this class
     * before (whether the JDK is under control is {@code JdkControl.installed()}): loading it loads the
     * bridge's interface, which the application's loader would then define a copy of.
     */
    public static void install() {
        Carriers.current(); // its classes loaded now: ThreadLocal asks it, and loading a class may ask ThreadLocal
        realCommonPool = java.util.concurrent.ForkJoinPool.commonPool(); // asked before the handler answers for it
        JdkBridge.handler = new JdkHandler();
    }

    private static ThreadState me() {
        return Execution.CURRENT.get();
    }

    @Override
    public boolean controls() {
        ThreadState me = me();
        return me != null && !me.bypass && Execution.active == me.execution;
    }

    private static int site(ThreadState me) {
        return me.jdkCall != null && me.jdkCall.site() != null ? me.jdkCall.site().id() : -1;
    }

    @Override
    public void park(Object blocker, int mode, long time) {
        ThreadState me = me();
        Hooks.parkControlled(me, mode, time, -1);
    }

    @Override
    public boolean unpark(Thread target) {
        ThreadState me = me();
        Execution ex = Execution.active;
        if (ex == null) {
            return false;
        }
        ThreadState other = ex.stateOf(target);
        if (other == null) {
            if (me != null && me.execution == ex && !me.bypass && me.jdkCall != null && target != null && target.isAlive()
                    && !ex.isExplorer(target)) {
                // a hand-off to a thread that existed before the run (a library's pool): it would run the work
                // where the explorer cannot see, and whatever the program's threads do meanwhile (even all of
                // them blocking) is no verdict: the execution ends here, in an error naming that thread
                OutsideThreads.reached(target);
                ex.uncontrollable("thread " + me.name + " woke thread '" + target.getName() + "' (LockSupport.unpark in "
                        + (me.jdkCall == null ? "JDK code" : callName(me.jdkCall))
                        + (me.jdkCall == null || me.jdkCall.site() == null ? "" : " at " + me.jdkCall.site().where())
                        + "), a thread the program did not start under the checker (a pool made before the run?):"
                        + " the checker cannot control what it runs");
            }
            return false;
        }
        if (me == null || me.execution != ex) {
            // a thread outside the execution (a pool's worker ...) wakes one of its threads: its effect is not ours to order
            OutsideThreads.reached(Thread.currentThread());
            ex.uncontrollable("thread '" + Thread.currentThread().getName() + "', which the explorer does not control, woke"
                    + " thread " + other.name + " (LockSupport.unpark): code ran outside the explorer's control");
            return false;
        }
        if (me.bypass) {
            return false;
        }
        other.permit = true; // part of the caller's step: it holds the turn
        ex.jdkPublish(me);
        return true;
    }

    /** "ThreadPoolExecutor.submit()": the program's call into the JDK, in words. */
    private static String callName(Op call) {
        Object target = call.target();
        return (target instanceof String s ? s.substring(s.lastIndexOf('/') + 1) : target.getClass().getSimpleName()) + "." + call.slot() + "()";
    }

    @Override
    public long nanoTime() {
        return me().execution.clock().nanoTime();
    }

    @Override
    public long currentTimeMillis() {
        return me().execution.clock().currentTimeMillis();
    }

    @Override
    public void start(Thread t) {
        ThreadState me = me();
        me.execution.daemonSet(t); // the JDK's code chose (a thread factory sets it), or its creator's is kept
        if (t instanceof java.util.concurrent.ForkJoinWorkerThread w && w.getPool() == realCommonPool) {
            refuseCommonPool(me, "a worker of the common pool was started");
        }
        me.execution.start(me, t, me.jdkCall == null ? null : me.jdkCall.site(), true);
    }

    @Override
    public boolean startRequested(Thread t) {
        if (t instanceof Carrier || VirtualCarriers.isCarrier(t) || VirtualCarriers.logical(t) != null) {
            return false; // the explorer's own thread, whoever's code path made it
        }
        ThreadState me = me();
        if (me == null || me.bypass) {
            return false; // not a checked thread: a real start
        }
        if (Execution.active != me.execution) {
            // a thread of an execution that has ended, unwinding after an abort (a pool's worker replacing itself as it
            // dies): a thread started now would run the program's tasks uncontrolled, beside the next execution
            throw new ExecutionAborted();
        }
        if (t.getClass().getName().equals("java.lang.VirtualThread")) {
            me.execution.uncontrollable("thread " + me.name + " started a virtual thread" + Execution.where(new Throwable())
                    + ": tcheck does not control the program's virtual threads (start platform threads, new Thread(..), in the code"
                    + " under test)");
            throw new ExecutionAborted();
        }
        if (me.execution.stateOf(t) != null) {
            return false; // the explorer's own start of a thread it registered: the real start goes on
        }
        if (t.getClass() != Thread.class && t.getClass().getClassLoader() == null && overridesRun(t.getClass())) {
            me.execution.uncontrollable("thread " + me.name + " started a " + t.getClass().getName() + Execution.where(new Throwable())
                    + " (JDK code such as java.util.Timer runs its own thread class): tcheck does not control that thread");
            throw new ExecutionAborted();
        }
        start(t);
        return true;
    }

    private static boolean overridesRun(Class<?> c) {
        try {
            return c.getMethod("run").getDeclaringClass() != Thread.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    @Override
    public java.util.concurrent.ForkJoinPool commonPool(java.util.concurrent.ForkJoinPool real) {
        return ExecutionCommonPool.of(me().execution, real);
    }

    /**
     * A pool the program made is controlled (its workers are started from controlled code), and so is
     * the common pool as the execution sees it ({@link ExecutionCommonPool}). The real common pool is
     * not: it exists before the run, its workers outlive an execution and carry its state into the
     * next. Only a reference to it taken before the run still reaches it (a pool kept in a static
     * field of the JDK, such as CompletableFuture's default async pool on a machine with more than two
     * cores).
     */
    @Override
    public void forkJoin(String where, Object self) {
        if (self instanceof java.util.concurrent.ForkJoinPool pool && pool == realCommonPool) {
            refuseCommonPool(me(), where);
        }
    }

    private static void refuseCommonPool(ThreadState me, String where) {
        me.execution.uncontrollable("thread " + me.name + " hands work to the JVM's common ForkJoinPool (" + where + Execution.where(new Throwable())
                + ") through a reference taken before the run (CompletableFuture's default async pool keeps one on machines with"
                + " more than two cores): tcheck does not control that pool; give the code an executor, or a pool of its own"
                + " (new ForkJoinPool(n))");
        throw new ExecutionAborted();
    }

    @Override
    public boolean threadRun(Thread t) {
        Execution ex = Execution.active;
        if (ex == null || Thread.currentThread() != t) {
            return false;
        }
        ThreadState s = ex.stateOf(t);
        if (s == null || s.inBody) {
            return false;
        }
        ex.runThreadBody(s, t::run);
        return true;
    }

    @Override
    public Thread currentThread() {
        return Carriers.current(); // no thread local here: ThreadLocal itself asks this
    }

    @Override
    public boolean interrupted() {
        ThreadState me = me();
        boolean was = me.interrupted;
        me.interrupted = false;
        return was;
    }

    @Override
    public boolean isInterrupted(Thread t) {
        ThreadState other = me().execution.stateOf(t);
        return other == null ? t.isInterrupted() : other.interrupted;
    }

    @Override
    public void interrupt(Thread t) {
        ThreadState other = me().execution.stateOf(t);
        if (other == null) {
            t.interrupt();
        } else {
            other.interrupted = true; // part of the caller's step (shutdownNow, cancel(true) ...)
        }
    }

    @Override
    public void sleep(long millis) throws InterruptedException {
        ThreadState me = me();
        Hooks.sleepControlled(me, millis, site(me));
    }
}
