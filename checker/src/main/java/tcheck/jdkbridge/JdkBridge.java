package tcheck.jdkbridge;

import java.util.concurrent.locks.LockSupport;

/**
 * What the JDK's own concurrency code calls instead of the few primitives it is built on (park and
 * unpark, the clock, thread start, interrupts, sleep), once the explorer's agent has rewritten those
 * call sites in {@code java.util.concurrent}. Loaded by the bootstrap class loader (the agent
 * appends it there), so that {@code java.base} can call it; the explorer installs a {@link Handler}.
 * With no handler, or on a thread no execution controls, every method does exactly what the
 * replaced call did.
 */
public final class JdkBridge {
    /** The explorer's side. {@link #controls()} decides, per call, whether the rest is asked at all. */
    public interface Handler {
        /** Whether the calling thread belongs to a running execution (and is not in the explorer's own code). */
        boolean controls();

        /** A park of the calling (controlled) thread: mode 0 untimed, 1 relative nanoseconds, 2 absolute epoch millis. */
        void park(Object blocker, int mode, long time);

        /** Returns false when the target is not a controlled thread (the real unpark then runs). */
        boolean unpark(Thread target);

        long nanoTime();

        long currentTimeMillis();

        void start(Thread t);

        /** Called first in {@code Thread.run()}: true when the explorer ran the body itself. */
        boolean threadRun(Thread t);

        boolean interrupted();

        boolean isInterrupted(Thread t);

        void interrupt(Thread t);

        void sleep(long millis) throws InterruptedException;

        /** First in {@code Thread.start()}: true when the explorer started the thread itself (it was started from controlled code). */
        boolean startRequested(Thread t);

        /** The common ForkJoinPool as a controlled thread sees it: its execution's own. */
        java.util.concurrent.ForkJoinPool commonPool(java.util.concurrent.ForkJoinPool real);

        /** A controlled thread hands work to a ForkJoinPool ({@code self}: the pool or the task forked); refused for the common pool. */
        void forkJoin(String where, Object self);

        /** The thread the calling code is, as the program sees it (a carrier runs a logical thread's body). */
        Thread currentThread();
    }

    public static volatile Handler handler;

    private JdkBridge() {
    }

    private static Handler active() {
        Handler h = handler;
        return h != null && h.controls() ? h : null;
    }

    public static void park() {
        Handler h = active();
        if (h == null) {
            LockSupport.park();
        } else {
            h.park(null, 0, 0L);
        }
    }

    public static void park(Object blocker) {
        Handler h = active();
        if (h == null) {
            LockSupport.park(blocker);
        } else {
            h.park(blocker, 0, 0L);
        }
    }

    public static void parkNanos(long nanos) {
        Handler h = active();
        if (h == null) {
            LockSupport.parkNanos(nanos);
        } else if (nanos > 0) {
            h.park(null, 1, nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        Handler h = active();
        if (h == null) {
            LockSupport.parkNanos(blocker, nanos);
        } else if (nanos > 0) {
            h.park(blocker, 1, nanos);
        }
    }

    public static void parkUntil(long deadline) {
        Handler h = active();
        if (h == null) {
            LockSupport.parkUntil(deadline);
        } else {
            h.park(null, 2, deadline);
        }
    }

    public static void parkUntil(Object blocker, long deadline) {
        Handler h = active();
        if (h == null) {
            LockSupport.parkUntil(blocker, deadline);
        } else {
            h.park(blocker, 2, deadline);
        }
    }

    public static void unpark(Thread t) {
        Handler h = handler;
        if (h == null || t == null || !h.unpark(t)) {
            LockSupport.unpark(t);
        }
    }

    /** {@code Unsafe.park(absolute, time)} as newer JDKs call it directly; the Unsafe instance is not needed. */
    public static void unsafePark(Object unsafe, boolean absolute, long time) {
        if (absolute) {
            parkUntil(time);
        } else if (time == 0) {
            park();
        } else {
            parkNanos(time);
        }
    }

    public static void unsafeUnpark(Object unsafe, Object thread) {
        unpark((Thread) thread);
    }

    public static long nanoTime() {
        Handler h = active();
        return h == null ? System.nanoTime() : h.nanoTime();
    }

    public static long currentTimeMillis() {
        Handler h = active();
        return h == null ? System.currentTimeMillis() : h.currentTimeMillis();
    }

    public static void start(Thread t) {
        Handler h = active();
        if (h == null) {
            t.start();
        } else {
            h.start(t);
        }
    }

    /** JDK 21+ executors start their threads through a thread container: same control, the container skipped. */
    public static void containerStart(Object container, Thread t) {
        Handler h = active();
        if (h != null) {
            h.start(t);
        } else {
            Internal.call(Internal.CONTAINER_START, container, t);
        }
    }

    public static void accessStart(Object access, Thread t, Object container) {
        Handler h = active();
        if (h != null) {
            h.start(t);
        } else {
            Internal.call(Internal.ACCESS_START, access, t, container);
        }
    }

    /** The JDK-internal methods the uncontrolled paths still call (exported to this class by the agent). */
    private static final class Internal {
        static final java.lang.reflect.Method CONTAINER_START = find("jdk.internal.vm.SharedThreadContainer", "start", "java.lang.Thread");
        static final java.lang.reflect.Method ACCESS_START = find("jdk.internal.access.JavaLangAccess", "start", "java.lang.Thread",
                "jdk.internal.vm.ThreadContainer");

        private static java.lang.reflect.Method find(String owner, String name, String... params) {
            try {
                Class<?>[] types = new Class<?>[params.length];
                for (int i = 0; i < params.length; i++) {
                    types[i] = Class.forName(params[i]);
                }
                return Class.forName(owner).getMethod(name, types);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // an older JDK: never called there
            }
        }

        static void call(java.lang.reflect.Method m, Object receiver, Object... args) {
            try {
                m.invoke(receiver, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every read of {@code ForkJoinPool.common} in the JDK's code: the real pool, or a controlled thread's execution's own. */
    public static java.util.concurrent.ForkJoinPool commonPool(java.util.concurrent.ForkJoinPool real) {
        Handler h = active();
        return h == null ? real : h.commonPool(real);
    }

    public static void forkJoin(String where, Object self) {
        Handler h = active();
        if (h != null) {
            h.forkJoin(where, self);
        }
    }

    /**
     * {@code Thread.currentThread()} in the JDK's concurrency code, in {@code ThreadLocal} and in
     * {@code Thread}'s constructors: the logical thread, so that owners, thread locals and what a new
     * thread inherits are the program's thread's, not the carrier's. Asks no thread local itself.
     */
    public static Thread currentThread() {
        Handler h = handler;
        return h == null ? Thread.currentThread() : h.currentThread();
    }

    public static boolean startPrologue(Thread t) {
        Handler h = handler; // not only while controlled: a thread of an ended execution must not start real threads either
        return h != null && h.startRequested(t);
    }

    public static boolean threadRun(Thread t) {
        Handler h = handler;
        return h != null && h.threadRun(t);
    }

    public static boolean interrupted() {
        Handler h = active();
        return h == null ? Thread.interrupted() : h.interrupted();
    }

    public static boolean isInterrupted(Thread t) {
        Handler h = active();
        return h == null ? t.isInterrupted() : h.isInterrupted(t);
    }

    public static void interrupt(Thread t) {
        Handler h = active();
        if (h == null) {
            t.interrupt();
        } else {
            h.interrupt(t);
        }
    }

    public static void sleep(long millis) throws InterruptedException {
        Handler h = active();
        if (h == null) {
            Thread.sleep(millis);
        } else {
            h.sleep(millis);
        }
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        Handler h = active();
        if (h == null) {
            Thread.sleep(millis, nanos);
        } else {
            h.sleep(millis + (nanos > 0 ? 1 : 0));
        }
    }
}
