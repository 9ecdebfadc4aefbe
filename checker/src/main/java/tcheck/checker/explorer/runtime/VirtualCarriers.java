package tcheck.checker.explorer.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@link Substrate#VIRTUAL} substrate (JDK 21 and later): each logical thread's body runs on a
 * virtual thread of its own, and every such virtual thread is scheduled by this class, normally on
 * one platform carrier. Handing the turn to another thread is then an unpark (the other's
 * continuation is queued here) and a park (this continuation yields, the carrier runs the queued
 * one): no OS thread switch, no futex, where the other substrates pay one per step.
 *
 * <p>Only one logical thread runs at a time, so one carrier serves them all. A second is woken
 * or made only when nobody would run what is queued: a virtual thread that must wait while pinned
 * to its carrier (inside a class initializer or a native frame, or a monitor before JDK 24) blocks
 * that carrier, and a carrier still inside a task long after a foreign thread queued work is taken
 * to be stuck in code the checker cannot control.
 *
 * <p>The JDK offers no public way to choose a virtual thread's scheduler; its builder's
 * constructor that takes one is reached by reflection, with {@code java.lang} opened to the
 * explorer when the JDK's classes are put under control ({@code JdkControl}). Where that fails the
 * substrate is unavailable and {@link Substrate} falls back to pooled carriers.
 */
final class VirtualCarriers {
    /** A carrier inside one task for longer than this, when a foreign thread queues work, is taken to be stuck. */
    private static final long STUCK_NANOS = 50_000_000L;

    /**
     * The scheduler's lock, held for a few queue operations: a spin lock, never a monitor. From JDK 24 on, a
     * virtual thread that waits to enter a monitor leaves its carrier and is given the monitor back through
     * its scheduler, this one; with a monitor here, the carrier that would have run it waited to enter the
     * same monitor, counted as running, so nobody ran it: both waited for ever (an {@code ArrayBlockingQueue}
     * program on JDK 25, now and then). A thread spinning here keeps its carrier.
     */
    private static volatile int locked;
    private static final VarHandle LOCKED;

    static {
        try {
            LOCKED = MethodHandles.lookup().findStaticVarHandle(VirtualCarriers.class, "locked", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void lock() {
        int spins = 0;
        while (!LOCKED.compareAndSet(0, 1)) {
            // a platform thread gives its core to the holder now and then; a virtual thread's yield would come back
            // through this scheduler, so it only spins
            if ((++spins & 63) == 0 && Thread.currentThread().getClass() != Jdk.VIRTUAL_CLASS) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private static void unlock() {
        locked = 0;
    }
    private static final ArrayDeque<Runnable> QUEUE = new ArrayDeque<>();
    private static final ArrayDeque<Worker> IDLE = new ArrayDeque<>();
    private static final List<Worker> ALL = new ArrayList<>();
    /** Workers neither idle nor blocked while pinned: they will come back to the queue by themselves. */
    private static int running;
    private static int created;

    /** Which logical thread each running virtual thread is (the checked code must see that one). */
    private static final Map<Thread, Thread> LOGICAL = new IdentityHashMap<>();
    private static volatile Thread[] lastLookup = {null, null};
    private static volatile boolean anyLaunched;

    /** The JDK's internals this substrate reaches, looked up on first use (after JdkControl opened them). */
    private static final class Jdk {
        static final Class<?> VIRTUAL_CLASS;
        static final MethodHandle UNSTARTED;
        static final MethodHandle IS_PINNED;
        static final MethodHandle CURRENT_CARRIER;
        static final String PROBLEM;

        static {
            Class<?> vc = null;
            MethodHandle unstarted = null;
            MethodHandle pinned = null;
            MethodHandle carrier = null;
            String problem = null;
            try {
                vc = Class.forName("java.lang.VirtualThread");
                Class<?> builderClass = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
                Constructor<?> withScheduler = builderClass.getDeclaredConstructor(Executor.class);
                withScheduler.setAccessible(true);
                Object builder = withScheduler.newInstance((Executor) VirtualCarriers::submit);
                Method inherit = builderClass.getMethod("inheritInheritableThreadLocals", boolean.class);
                inherit.setAccessible(true);
                inherit.invoke(builder, false); // the logical thread's are what the checked code sees; the carrier needs none
                Method unstartedMethod = builderClass.getMethod("unstarted", Runnable.class);
                unstartedMethod.setAccessible(true);
                unstarted = MethodHandles.lookup().unreflect(unstartedMethod).bindTo(builder)
                        .asType(MethodType.methodType(Thread.class, Runnable.class));
                Field scopeField = vc.getDeclaredField("VTHREAD_SCOPE");
                scopeField.setAccessible(true);
                Object scope = scopeField.get(null);
                Class<?> continuation = Class.forName("jdk.internal.vm.Continuation");
                Method isPinned = continuation.getMethod("isPinned", Class.forName("jdk.internal.vm.ContinuationScope"));
                pinned = MethodHandles.lookup().unreflect(isPinned).bindTo(scope).asType(MethodType.methodType(boolean.class));
                carrier = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup())
                        .findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
                try {
                    // a virtual thread's blocking I/O waits in the JDK's poller, whose threads start when the class is
                    // initialized: here, by the explorer's thread, not by a checked thread's first accept() or read()
                    Class.forName("sun.nio.ch.Poller", true, null);
                } catch (ClassNotFoundException | LinkageError absent) {
                    // another JDK's layout: I/O then blocks the carrier, which the watchdog reports as before
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            VIRTUAL_CLASS = vc;
            UNSTARTED = unstarted;
            IS_PINNED = pinned;
            CURRENT_CARRIER = carrier;
            PROBLEM = problem;
        }
    }

    private VirtualCarriers() {
    }

    /** Null when the substrate can run here; else why not. */
    static String problem() {
        return Jdk.PROBLEM;
    }

    /** Runs the logical thread's body on a new virtual thread scheduled here. */
    static void launch(ThreadState s) {
        Thread vt = unstarted(() -> body(s));
        s.runner = vt;
        synchronized (LOGICAL) {
            LOGICAL.put(vt, s.thread);
        }
        vt.setContextClassLoader(s.thread.getContextClassLoader()); // a thread the body creates inherits it from here
        vt.start();
    }

    /** A virtual thread, not started, that this class will schedule. */
    static Thread unstarted(Runnable body) {
        anyLaunched = true;
        try {
            return (Thread) Jdk.UNSTARTED.invokeExact(body);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a virtual thread: " + e, e);
        }
    }

    private static void body(ThreadState s) {
        try {
            s.execution.runThreadBody(s, s.thread::run);
        } catch (Throwable ignored) {
            // runThreadBody reports the program's failures
        } finally {
            Thread me = Thread.currentThread();
            synchronized (LOGICAL) {
                LOGICAL.remove(me);
            }
            if (lastLookup[0] == me) {
                lastLookup = new Thread[] {null, null};
            }
            s.ended.give();
        }
    }

    /** The logical thread a virtual thread of this substrate runs, or null for any other thread. */
    static Thread logical(Thread t) {
        if (!anyLaunched || t.getClass() != Jdk.VIRTUAL_CLASS) {
            return null;
        }
        Thread[] last = lastLookup;
        if (last[0] == t) {
            return last[1];
        }
        Thread l;
        synchronized (LOGICAL) {
            l = LOGICAL.get(t);
        }
        if (l != null) {
            lastLookup = new Thread[] {t, l};
        }
        return l;
    }

    /** Monitors pin a virtual thread to its carrier before JDK 24 only (JEP 491). */
    private static final boolean MONITORS_PIN = Runtime.version().feature() < 24;

    /**
     * Whether the calling thread is a virtual thread of this substrate whose park will block its carrier. Inside
     * a class initializer (the JVM's frame below it pins the thread) it will; before JDK 24 the JDK is asked,
     * as a monitor pins there. From JDK 24 on it is not asked: {@code Continuation.isPinned} says pinned for
     * every caller (JDK 25, tried), and a park it called pinned unmounted. A pin not foreseen here (a JDK
     * class's initializer, a native frame) is caught by {@link #rescue()}.
     */
    static boolean pinnedHere(boolean inInitializer) {
        if (!anyLaunched || Thread.currentThread().getClass() != Jdk.VIRTUAL_CLASS) {
            return false;
        }
        if (inInitializer || !MONITORS_PIN) {
            return inInitializer;
        }
        try {
            return (boolean) Jdk.IS_PINNED.invokeExact();
        } catch (Throwable e) {
            return true; // cannot tell: treat it as pinned, which costs a carrier, never progress
        }
    }

    /**
     * For a thread that waits for the virtual threads (the explorer's, while an execution runs): when work is
     * queued and every busy carrier has been inside its task for a while, one of them is taken to be blocked
     * where {@link #pinnedHere} did not foresee it, and another carrier serves the queue.
     */
    static void rescue() {
        boolean serve;
        lock();
        try {
            serve = claimCarrierLocked(!QUEUE.isEmpty() && allStuckLocked());
        } finally {
            unlock();
        }
        if (serve) {
            serve();
        }
    }

    /**
     * The calling virtual thread is about to park pinned: its carrier blocks, so another must serve the queue.
     * Returns what {@link #unblocked} needs, or null when the caller does not run on a carrier of this class.
     *
     * <p>That the park will be pinned is foreseen ({@link #pinnedHere}), and may be wrong: a carrier counted out
     * here that comes back to the queue by itself (its thread unmounted after all) is counted in again there,
     * and the thread's {@link #unblocked} then counts nothing. Counted out twice, a carrier left queued work
     * with none counted to run it, for ever.
     */
    static Absence blocking() {
        Thread carrier = currentCarrier();
        if (!(carrier instanceof Worker w)) {
            return null; // a virtual thread of another scheduler: its carriers are not counted here
        }
        Absence a = new Absence(w);
        boolean serve;
        lock();
        try {
            w.absence = a;
            running--;
            serve = claimCarrierLocked(!QUEUE.isEmpty() && running == 0);
        } finally {
            unlock();
        }
        if (serve) {
            serve();
        }
        return a;
    }

    /** The virtual thread that {@link #blocking()} counted out runs again: its carrier counts again, unless it came back already. */
    static void unblocked(Absence a) {
        lock();
        try {
            if (a.carrier.absence == a) {
                a.carrier.absence = null;
                running++;
            }
        } finally {
            unlock();
        }
    }

    /** How many carriers are counted as running: none once every virtual thread parked or ended and the carriers idle. */
    static int countedRunning() {
        lock();
        try {
            return running;
        } finally {
            unlock();
        }
    }

    /** Whether nothing is queued and every carrier is idle or blocked (counted out). */
    static boolean quiescent() {
        lock();
        try {
            if (!QUEUE.isEmpty()) {
                return false;
            }
            for (Worker w : ALL) {
                if (!w.idle && w.absence == null) {
                    return false;
                }
            }
            return true;
        } finally {
            unlock();
        }
    }

    /** A carrier counted out by {@link #blocking()}, until its thread runs again or it comes back to the queue. */
    static final class Absence {
        final Worker carrier;

        Absence(Worker carrier) {
            this.carrier = carrier;
        }
    }

    private static Thread currentCarrier() {
        try {
            return (Thread) Jdk.CURRENT_CARRIER.invokeExact();
        } catch (Throwable e) {
            return null;
        }
    }

    /** The scheduler of every virtual thread made here: queues the continuation, wakes a carrier only when needed. */
    private static void submit(Runnable task) {
        boolean serve;
        lock();
        try {
            QUEUE.addLast(task);
            serve = claimCarrierLocked(running == 0 || !ownThread() && allStuckLocked());
        } finally {
            unlock();
        }
        if (serve) {
            serve();
        }
    }

    /** Under the lock: whether a carrier must serve the queue; if so, it counts as running from now (see {@link #serve()}). */
    private static boolean claimCarrierLocked(boolean needed) {
        if (needed) {
            running++;
        }
        return needed;
    }

    /** The caller runs on a carrier of this substrate: that carrier takes the queue up when the caller parks. */
    private static boolean ownThread() {
        Thread t = Thread.currentThread();
        return t.getClass() == Jdk.VIRTUAL_CLASS || t instanceof Worker;
    }

    private static boolean allStuckLocked() {
        long now = System.nanoTime();
        for (Worker w : ALL) {
            if (!w.idle && now - w.since < STUCK_NANOS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Wakes an idle worker to serve the queue, or starts a new one (the caller counted it as running). Out of
     * the lock: making and starting a thread is not a few queue operations.
     */
    private static void serve() {
        Worker w;
        String name = null;
        lock();
        try {
            w = IDLE.pollFirst();
            if (w != null) {
                w.idle = false;
                w.since = System.nanoTime();
            } else {
                name = "tcheck-vcarrier-" + created++;
            }
        } finally {
            unlock();
        }
        if (w != null) {
            LockSupport.unpark(w);
            return;
        }
        w = new Worker(name);
        lock();
        try {
            ALL.add(w);
        } finally {
            unlock();
        }
        w.start();
    }

    /** Whether the thread is one of this substrate's carriers (the explorer's own, whoever's code started it). */
    static boolean isCarrier(Thread t) {
        return t instanceof Worker;
    }

    /** An idle worker leaves; false when it was taken already (work is on its way to it, interrupted or not). */
    private static boolean leave(Worker w) {
        lock();
        try {
            if (!w.idle) {
                return false;
            }
            IDLE.remove(w);
            ALL.remove(w);
            return true;
        } finally {
            unlock();
        }
    }

    /** A platform thread that runs queued continuations; parks when there are none. */
    private static final class Worker extends Thread {
        volatile boolean idle;
        /** Set while this carrier is counted out by {@link #blocking()} (under the lock). */
        Absence absence;
        volatile long since = System.nanoTime();

        Worker(String name) {
            // no inheritable thread locals: a carrier is the explorer's, not a child of the program's thread that made it
            super(null, null, name, 0, false);
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Runnable task;
                lock();
                try {
                    if (absence != null) { // its thread's park was not pinned after all: the carrier is back
                        absence = null;
                        running++;
                    }
                    task = QUEUE.pollFirst();
                    if (task == null) {
                        running--;
                        idle = true;
                        IDLE.addFirst(this); // the most recently used first: its stack and caches are warm
                    }
                } finally {
                    unlock();
                }
                if (task == null) {
                    while (idle) {
                        LockSupport.park(this);
                        if (Thread.interrupted() && leave(this)) {
                            return; // whoever owns the JVM asks its threads to end: an idle carrier does
                        }
                    }
                    continue;
                }
                since = System.nanoTime();
                try {
                    task.run();
                } catch (Throwable ignored) {
                    // a continuation's failures are its thread's; nothing may end the carrier
                }
            }
        }
    }
}
