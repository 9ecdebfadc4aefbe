package tcheck.checker.explorer.runtime;

import tcheck.checker.explorer.instrument.Site;
import tcheck.checker.explorer.instrument.Sites;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The entry points that instrumented code calls at its scheduling points. Under the explorer each
 * one is a step (the thread waits for its turn, the operation is performed on the model of the
 * primitive); outside of it (or for the explorer's own reads of the shared state) the plain JDK
 * operation runs instead. Monitors are modelled only: outside of the explorer an instrumented
 * {@code synchronized} block does not lock, so instrumented classes belong to the explorer alone.
 */
public final class Hooks {
    private Hooks() {
    }

    /** The calling thread's state when it is controlled by an execution, else null. */
    private static ThreadState controlled() {
        ThreadState me = Execution.CURRENT.get();
        if (me == null) {
            Execution ex = Execution.active;
            if (ex != null) {
                ex.uncontrolled(Thread.currentThread());
                // this thread is not the program's: it must not print the explorer's own exception as if it were
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> { });
                throw new ExecutionAborted();
            }
            return null;
        }
        return me.bypass ? null : me;
    }

    private static Object perform(ThreadState me, OpKind kind, Object target, Object slot, boolean write, int site, Object arg) {
        return me.execution.perform(me, new Op(kind, target, slot, write, Sites.get(site), arg));
    }

    /** A memory access: a scheduling point, or inside an atomic region only a note for the race detector. */
    private static void access(ThreadState me, OpKind kind, Object target, Object slot, boolean write, int site) {
        Op op = new Op(kind, target, slot, write, Sites.get(site), null);
        if (me.atomicDepth > 0) {
            if (me.classInitDepth == 0) {
                me.execution.silentAccess(me, op);
            }
        } else {
            me.execution.perform(me, op);
        }
    }

    /**
     * An operation that throws InterruptedException when the thread's interrupt is set as it is performed,
     * not only as it is announced: another thread may interrupt it in between (a JVM checks the flag first).
     */
    private static Object performInterruptibly(ThreadState me, OpKind kind, Object target, int site, Object arg) {
        me.interruptibleWait = true;
        try {
            return perform(me, kind, target, null, true, site, arg);
        } finally {
            me.interruptibleWait = false;
        }
    }

    /**
     * A blocking operation: the thread may be ended by an interrupt (when {@code interruptible}) or by
     * its timeout ({@code timeoutNanos >= 0}), which moves the clock to its end.
     */
    private static Object blocking(ThreadState me, OpKind kind, Object target, Object slot, int site, Object arg,
                                   boolean interruptible, long timeoutNanos) {
        me.interruptibleWait = interruptible;
        me.waitStart = me.execution.clock().elapsed();
        me.waitNanos = timeoutNanos;
        try {
            return perform(me, kind, target, slot, true, site, arg);
        } finally {
            me.interruptibleWait = false;
            me.waitNanos = -1;
        }
    }

    /** An interruptible JDK method called with the flag already set throws at once, and clears it. */
    private static void throwIfInterrupted(ThreadState me) throws InterruptedException {
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException();
        }
    }

    private static void throwIfInterrupted(ThreadState me, Object result) throws InterruptedException {
        if (result == ModelContext.INTERRUPTED) {
            me.interrupted = false;
            throw new InterruptedException();
        }
    }

    private static long nanos(long time, TimeUnit unit) {
        return Math.max(0, unit.toNanos(time));
    }

    // ------------------------------------------------------------------ memory

    public static void getField(Object owner, int site) {
        ThreadState me = controlled();
        if (me != null) {
            access(me, OpKind.READ, owner, Sites.get(site).member(), false, site);
        }
    }

    public static void putField(Object owner, Object value, int site) {
        placedInField(value, owner, site);
        ThreadState me = controlled();
        if (me != null) {
            access(me, OpKind.WRITE, owner, Sites.get(site).member(), true, site);
            me.execution.recordWrite(me, value);
        }
    }

    /**
     * A constructor stores into a field that is not final: into the object's own plain field, a write the race
     * detector notes (not a point: nobody else can reach the object yet, but whoever reaches it later without
     * happens-before, as through an opaque or racy publication, races with it); into another object's field, or
     * a volatile one (a reader that got {@code this} before the constructor ended reads it unset, no race), a write
     * like any other.
     */
    public static void constructorStore(Object holder, Object value, Object self, int site) {
        if (holder != self || Sites.get(site).volatileField()) {
            putField(holder, value, site);
            return;
        }
        placedInField(value, holder, site);
        ThreadState me = controlled();
        if (me != null && me.classInitDepth == 0) {
            me.execution.silentAccess(me, new Op(OpKind.WRITE, holder, Sites.get(site).member(), true, Sites.get(site), null));
        }
    }

    /**
     * A constructor reads a plain field: of the object it makes, not a point (nobody else writes it yet); of
     * another object, a read like any other. Returns whether it was one, so that only then its value is recorded.
     */
    public static boolean constructorRead(Object holder, Object self, int site) {
        if (holder == self) {
            return false;
        }
        getField(holder, site);
        return true;
    }

    public static void getStatic(int site) {
        ThreadState me = controlled();
        if (me != null) {
            Site s = Sites.get(site);
            access(me, OpKind.READ, s.owner(), s.member(), false, site);
        }
    }

    public static void putStatic(Object value, int site) {
        ThreadState me = controlled();
        if (me != null) {
            Site s = Sites.get(site);
            access(me, OpKind.WRITE, s.owner(), s.member(), true, site);
            me.execution.recordWrite(me, value);
        }
    }

    /**
     * {@code field.get(holder)}, {@code field.setInt(holder, v)} ...: the access the field instruction would make,
     * on the same location (a static field's is its declaring class, as for getstatic), volatile when the field is.
     * What the call refuses (a null holder, no access) it throws itself, after this point.
     */
    public static void reflectiveFieldAccess(java.lang.reflect.Field field, Object holder, boolean write, int site) {
        ThreadState me = controlled();
        if (me == null || field == null) {
            return;
        }
        boolean isStatic = java.lang.reflect.Modifier.isStatic(field.getModifiers());
        if ((!isStatic && holder == null) || java.lang.reflect.Modifier.isFinal(field.getModifiers())) {
            return; // no access (the call throws), or a final field: immutable after construction, as for the instruction
        }
        Object target = isStatic ? field.getDeclaringClass().getName().replace('.', '/') : holder;
        access(me, write ? OpKind.WRITE : OpKind.READ, target, field.getName(), write,
                ReflectiveSites.of(site, field.getName(), java.lang.reflect.Modifier.isVolatile(field.getModifiers())));
    }

    /** {@code Array.get(array, i)}, {@code Array.setInt(array, i, v)} ...: the element's access, as for the array instruction. */
    public static void reflectiveArrayAccess(Object array, int index, boolean write, int site) {
        ThreadState me = controlled();
        if (me != null && array != null && array.getClass().isArray() && index >= 0 && index < java.lang.reflect.Array.getLength(array)) {
            access(me, write ? OpKind.WRITE : OpKind.READ, array, index, write, site);
        }
    }

    public static void arrayLoad(Object array, int index, int site) {
        ThreadState me = controlled();
        if (me != null && array != null) {
            access(me, OpKind.READ, array, index, false, site);
        }
    }

    public static void arrayStore(Object array, int index, Object value, int site) {
        placedInArray(array, index, value);
        ThreadState me = controlled();
        if (me != null && array != null) {
            access(me, OpKind.WRITE, array, index, true, site);
            me.execution.recordWrite(me, value);
        }
    }

    /** The value just read (or returned by a visible call), for the trace. */
    public static void readValue(Object value) {
        ThreadState me = controlled();
        if (me != null) {
            me.execution.recordValue(me, value);
        }
    }

    // ------------------------------------------------------------------ monitors

    public static void monitorEnter(Object monitor, int site) {
        ThreadState me = controlled();
        if (me != null) {
            perform(me, OpKind.MONITOR_ENTER, monitor, null, true, site, null);
        }
    }

    /** Never throws: javac's handler for synchronized blocks re-runs monitorexit when it throws. */
    public static void monitorExit(Object monitor, int site) {
        ThreadState me;
        try {
            me = controlled();
        } catch (ExecutionAborted e) {
            return;
        }
        if (me == null || !me.execution.holdsMonitor(me, monitor)) {
            return;
        }
        try {
            perform(me, OpKind.MONITOR_EXIT, monitor, null, true, site, null);
        } catch (ExecutionAborted e) {
            // unwinding: the next scheduling point of this thread throws again
        }
    }

    public static void objectWait(Object monitor, int site) throws InterruptedException {
        waitOn(monitor, site, -1);
    }

    public static void objectWaitTimed(Object monitor, long millis, int site) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        waitOn(monitor, site, millis == 0 ? -1 : millis * 1_000_000L);
    }

    public static void objectWaitTimedNanos(Object monitor, long millis, int nanos, int site) throws InterruptedException {
        if (millis < 0 || nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("timeout value is out of range");
        }
        waitOn(monitor, site, millis == 0 && nanos == 0 ? -1 : millis * 1_000_000L + nanos);
    }

    private static void waitOn(Object monitor, int site, long timeoutNanos) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            monitor.wait(timeoutNanos <= 0 ? 0 : Math.max(1, timeoutNanos / 1_000_000));
            return;
        }
        if (!me.execution.holdsMonitor(me, monitor)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        throwIfInterrupted(me);
        throwIfInterrupted(me, performInterruptibly(me, OpKind.WAIT, monitor, site, null));
        throwIfInterrupted(me, blocking(me, OpKind.WAKE, monitor, null, site, timeoutNanos >= 0, true, timeoutNanos));
    }

    public static void objectNotify(Object monitor, int site) {
        notifyOn(monitor, site, OpKind.NOTIFY);
    }

    public static void objectNotifyAll(Object monitor, int site) {
        notifyOn(monitor, site, OpKind.NOTIFY_ALL);
    }

    private static void notifyOn(Object monitor, int site, OpKind kind) {
        ThreadState me = controlled();
        if (me == null) {
            if (kind == OpKind.NOTIFY) {
                monitor.notify();
            } else {
                monitor.notifyAll();
            }
            return;
        }
        if (!me.execution.holdsMonitor(me, monitor)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        perform(me, kind, monitor, null, true, site, null);
    }

    // ------------------------------------------------------------------ throws

    /**
     * The program's code throws: the step the thread is in is where its failure happened, if this exception
     * ends the thread (a finally block's steps come after it, and a rethrow of the same exception is not a
     * new throw). Never throws itself: that would change what the program throws.
     */
    public static void throwing(Throwable e) {
        ThreadState me = Execution.CURRENT.get();
        if (me != null && !me.bypass && e != null && me.thrown != e) {
            me.thrown = e;
            me.thrownAtStep = me.execution.stepCount();
        }
    }

    // ------------------------------------------------------------------ threads

    public static Runnable wrapRunnable(Runnable body) {
        return Execution.wrap(body);
    }

    /** A thread the program has just constructed (not a scheduling point): an unnamed one is numbered as a fresh JVM would. */
    public static void threadCreated(Object t) {
        ThreadState me = controlled();
        if (me != null && t instanceof Thread thread) {
            me.execution.created(thread);
        }
    }

    /** The logical thread: on a pooled substrate the real one is a carrier the program must not see. Not a scheduling point. */
    public static Thread threadCurrentThread(int site) {
        return Carriers.current();
    }

    public static void threadStart(Thread t, int site) {
        ThreadState me = controlled();
        if (me == null) {
            t.start();
            return;
        }
        me.execution.start(me, t, Sites.get(site));
    }

    public static void threadJoin(Thread t, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            t.join();
            return;
        }
        throwIfInterrupted(me, blocking(me, OpKind.JOIN, t, null, site, false, true, -1));
    }

    public static void threadJoinTimed(Thread t, long millis, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            t.join(millis);
            return;
        }
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        throwIfInterrupted(me, blocking(me, OpKind.JOIN, t, null, site, millis != 0, true, millis == 0 ? -1 : millis * 1_000_000L));
    }

    public static void threadSleep(long millis, int site) throws InterruptedException {
        sleep(millis, 0, site);
    }

    public static void threadSleepNanos(long millis, int nanos, int site) throws InterruptedException {
        sleep(millis, nanos, site);
    }

    private static void sleep(long millis, int nanos, int site) throws InterruptedException {
        if (millis < 0 || nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("timeout value is out of range");
        }
        ThreadState me = controlled();
        if (me == null) {
            Thread.sleep(millis, nanos);
            return;
        }
        sleepControlled(me, millis, site);
    }

    /** A sleep is a scheduling point (others may run first, or not at all) that moves the clock by its length. */
    static void sleepControlled(ThreadState me, long millis, int site) throws InterruptedException {
        String what = "sleep(" + millis + ")";
        throwIfInterrupted(me, blocking(me, OpKind.SLEEP, what, what, site, null, true, millis * 1_000_000L));
    }

    public static void threadYield(int site) {
        pause("yield()", site);
    }

    public static void threadOnSpinWait(int site) {
        pause("onSpinWait()", site);
    }

    private static void pause(String what, int site) {
        ThreadState me = controlled();
        if (me != null) {
            perform(me, OpKind.YIELD, what, what, false, site, null);
        }
    }

    /** The run() of an instrumented Thread subclass: the original body, seen begin and end. */
    public static void threadSubclassRun(Thread self, Class<?> declaring) {
        Runnable body = () -> {
            try {
                Method m = declaring.getDeclaredMethod("run$tcheck");
                m.setAccessible(true);
                m.invoke(self);
            } catch (InvocationTargetException e) {
                sneakyThrow(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot run " + declaring.getName() + ".run()", e);
            }
        };
        ThreadState me = Execution.CURRENT.get();
        Execution ex = Execution.active;
        if (me == null && ex != null && ex.isRegistered(self) && Thread.currentThread() == self) {
            ex.runRegistered(self, body);
        } else {
            body.run();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    // ------------------------------------------------------------------ ReentrantLock (modelled) and other locks (the JDK's own code)

    /**
     * The controlled thread when {@code lock} is a modelled {@link ReentrantLock}, else null. Any
     * other {@link Lock} (a read-write lock's view, a StampedLock view, the program's own class) is
     * not modelled: the caller then runs the real method, the JDK's code under JDK control. Nor is a
     * fair lock: its queue order is a guarantee programs rely on, which the JDK's code keeps.
     */
    private static ThreadState modelled(Lock lock) {
        ThreadState me = controlled();
        return me != null && isModelled(lock) ? me : null;
    }

    private static boolean isModelled(Lock lock) {
        return lock instanceof ReentrantLock r && !r.isFair();
    }

    /** A call on a JDK object that is not modelled: one step, then its real code (parks are controlled). */
    private static <T> T viaJdk(Object receiver, String method, int site, java.util.concurrent.Callable<T> call) throws Exception {
        int token = jdkCallNamed(receiver, method, site);
        try {
            return call.call();
        } finally {
            jdkDone(token);
        }
    }

    private static void runViaJdk(Object receiver, String method, int site, Runnable call) {
        try {
            viaJdk(receiver, method, site, () -> {
                call.run();
                return null;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            sneakyThrow(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T callViaJdk(Object receiver, String method, int site, java.util.concurrent.Callable<T> call) {
        try {
            return viaJdk(receiver, method, site, call);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            sneakyThrow(e);
            return null;
        }
    }

    public static void lock(Lock lock, int site) {
        ThreadState me = modelled(lock);
        if (me == null) {
            runViaJdk(lock, "lock", site, lock::lock);
            return;
        }
        perform(me, OpKind.LOCK, lock, null, true, site, null);
    }

    public static void lockInterruptibly(Lock lock, int site) throws InterruptedException {
        ThreadState me = modelled(lock);
        if (me == null) {
            runViaJdk(lock, "lockInterruptibly", site, () -> {
                try {
                    lock.lockInterruptibly();
                } catch (InterruptedException e) {
                    sneakyThrow(e);
                }
            });
            return;
        }
        throwIfInterrupted(me);
        throwIfInterrupted(me, blocking(me, OpKind.LOCK, lock, null, site, null, true, -1));
    }

    public static boolean tryLock(Lock lock, int site) {
        ThreadState me = modelled(lock);
        if (me == null) {
            return callViaJdk(lock, "tryLock", site, lock::tryLock);
        }
        return (Boolean) perform(me, OpKind.TRY_LOCK, lock, null, true, site, null);
    }

    /** A timed tryLock is modelled as an immediate one: it fails when another thread holds the lock. */
    public static boolean tryLockTimed(Lock lock, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = modelled(lock);
        if (me == null) {
            return callViaJdk(lock, "tryLock", site, () -> lock.tryLock(time, unit));
        }
        throwIfInterrupted(me);
        Object acquired = performInterruptibly(me, OpKind.TRY_LOCK, lock, site, null);
        throwIfInterrupted(me, acquired);
        return (Boolean) acquired;
    }

    public static void unlock(Lock lock, int site) {
        ThreadState me = modelled(lock);
        if (me == null) {
            runViaJdk(lock, "unlock", site, lock::unlock);
            return;
        }
        if (!me.execution.holdsLock(me, lock)) {
            throw new IllegalMonitorStateException();
        }
        perform(me, OpKind.UNLOCK, lock, null, true, site, null);
    }

    public static Condition newCondition(Lock lock, int site) {
        Condition c = lock.newCondition();
        ThreadState any = Execution.CURRENT.get(); // also the explorer's own thread building the program
        if (any != null && isModelled(lock)) {
            any.execution.registerCondition(c, lock);
        }
        return c;
    }

    public static boolean isLocked(Lock lock, int site) {
        return (Boolean) lockQuery(lock, "isLocked", null, site, ((ReentrantLock) lock)::isLocked);
    }

    public static boolean hasQueuedThreads(Lock lock, int site) {
        return (Boolean) lockQuery(lock, "hasQueuedThreads", null, site, ((ReentrantLock) lock)::hasQueuedThreads);
    }

    public static boolean hasQueuedThread(Lock lock, Thread t, int site) {
        return (Boolean) lockQuery(lock, "hasQueuedThread", t, site, () -> ((ReentrantLock) lock).hasQueuedThread(t));
    }

    public static int getQueueLength(Lock lock, int site) {
        return (Integer) lockQuery(lock, "getQueueLength", null, site, ((ReentrantLock) lock)::getQueueLength);
    }

    /** A question about a lock that other threads' steps change: a step of its own, answered by the model (or a fair lock's JDK code). */
    private static Object lockQuery(Lock lock, String method, Thread arg, int site, java.util.concurrent.Callable<Object> real) {
        ThreadState me = modelled(lock);
        return me == null ? callViaJdk(lock, method, site, real) : perform(me, OpKind.LOCK_QUERY, lock, method, false, site, arg);
    }

    public static boolean hasWaiters(Lock lock, Condition c, int site) {
        return (Boolean) conditionQuery(lock, c, "hasWaiters", site, () -> ((ReentrantLock) lock).hasWaiters(c));
    }

    public static int getWaitQueueLength(Lock lock, Condition c, int site) {
        return (Integer) conditionQuery(lock, c, "getWaitQueueLength", site, () -> ((ReentrantLock) lock).getWaitQueueLength(c));
    }

    /** A question about the waiters of a lock's condition: the holder's only, as the JDK's, answered by the model. */
    private static Object conditionQuery(Lock lock, Condition c, String method, int site, java.util.concurrent.Callable<Object> real) {
        ThreadState me = modelled(lock);
        if (me == null) {
            return callViaJdk(lock, method, site, real);
        }
        if (c == null) {
            throw new NullPointerException();
        }
        if (!me.execution.isModelledCondition(c) || me.execution.condition(c).lockObject != lock) {
            throw new IllegalArgumentException("not owner");
        }
        if (!me.execution.holdsLock(me, lock)) {
            throw new IllegalMonitorStateException();
        }
        return perform(me, OpKind.CONDITION_QUERY, c, method, false, site, lock);
    }

    public static boolean isHeldByCurrentThread(Lock lock, int site) {
        ThreadState me = modelled(lock);
        return me == null ? callViaJdk(lock, "isHeldByCurrentThread", site, ((ReentrantLock) lock)::isHeldByCurrentThread)
                : me.execution.holdsLock(me, lock);
    }

    public static int getHoldCount(Lock lock, int site) {
        ThreadState me = modelled(lock);
        return me == null ? callViaJdk(lock, "getHoldCount", site, ((ReentrantLock) lock)::getHoldCount) : me.execution.holdCount(me, lock);
    }

    // ------------------------------------------------------------------ Condition

    /** The controlled thread when {@code c} belongs to a modelled lock, else null (the JDK's condition runs for real). */
    private static ThreadState modelled(Condition c) {
        ThreadState me = controlled();
        return me != null && me.execution.isModelledCondition(c) ? me : null;
    }

    private static Object awaitOn(ThreadState me, Condition c, int site, boolean interruptible, long timeoutNanos)
            throws InterruptedException {
        if (!me.execution.conditionLockHeld(me, c)) {
            throw new IllegalMonitorStateException();
        }
        Object lock = me.execution.condition(c).lockObject;
        if (interruptible) {
            throwIfInterrupted(me);
            throwIfInterrupted(me, performInterruptibly(me, OpKind.AWAIT, c, site, lock));
        } else {
            perform(me, OpKind.AWAIT, c, null, true, site, lock);
        }
        Object r = blocking(me, OpKind.AWAKE, c, timeoutNanos >= 0, site, lock, interruptible, timeoutNanos);
        throwIfInterrupted(me, r);
        return r;
    }

    public static void await(Condition c, int site) throws InterruptedException {
        ThreadState me = modelled(c);
        if (me == null) {
            runViaJdk(c, "await", site, () -> {
                try {
                    c.await();
                } catch (InterruptedException e) {
                    sneakyThrow(e);
                }
            });
            return;
        }
        awaitOn(me, c, site, true, -1);
    }

    public static void awaitUninterruptibly(Condition c, int site) {
        ThreadState me = modelled(c);
        if (me == null) {
            runViaJdk(c, "awaitUninterruptibly", site, c::awaitUninterruptibly);
            return;
        }
        try {
            awaitOn(me, c, site, false, -1);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e); // not interruptible: cannot happen
        }
    }

    public static boolean awaitTimed(Condition c, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = modelled(c);
        if (me == null) {
            return callViaJdk(c, "await", site, () -> c.await(time, unit));
        }
        return Boolean.TRUE.equals(awaitOn(me, c, site, true, nanos(time, unit)));
    }

    public static boolean awaitUntil(Condition c, java.util.Date deadline, int site) throws InterruptedException {
        ThreadState me = modelled(c);
        if (me == null) {
            return callViaJdk(c, "awaitUntil", site, () -> c.awaitUntil(deadline));
        }
        // the program took its deadline from the execution's clock (currentTimeMillis is answered by it)
        long nanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, deadline.getTime() - me.execution.clock().currentTimeMillis()));
        return Boolean.TRUE.equals(awaitOn(me, c, site, true, nanos));
    }

    public static long awaitNanos(Condition c, long nanos, int site) throws InterruptedException {
        ThreadState me = modelled(c);
        if (me == null) {
            return callViaJdk(c, "awaitNanos", site, () -> c.awaitNanos(nanos));
        }
        long before = me.execution.clock().elapsed();
        awaitOn(me, c, site, true, Math.max(0, nanos));
        return nanos - (me.execution.clock().elapsed() - before);
    }

    public static void signal(Condition c, int site) {
        signalOn(c, site, OpKind.SIGNAL);
    }

    public static void signalAll(Condition c, int site) {
        signalOn(c, site, OpKind.SIGNAL_ALL);
    }

    private static void signalOn(Condition c, int site, OpKind kind) {
        ThreadState me = modelled(c);
        if (me == null) {
            runViaJdk(c, kind == OpKind.SIGNAL ? "signal" : "signalAll", site, kind == OpKind.SIGNAL ? c::signal : c::signalAll);
            return;
        }
        if (!me.execution.conditionLockHeld(me, c)) {
            throw new IllegalMonitorStateException();
        }
        perform(me, kind, c, null, true, site, me.execution.condition(c).lockObject);
    }

    // ------------------------------------------------------------------ Semaphore

    /** The controlled thread when {@code s} is modelled, else null: a fair semaphore's FIFO order is the JDK's code's to keep. */
    private static ThreadState modelled(Semaphore s) {
        ThreadState me = controlled();
        return me != null && !s.isFair() ? me : null;
    }

    public static void semAcquire(Semaphore s, int site) throws InterruptedException {
        semAcquireN(s, 1, site);
    }

    public static void semAcquireN(Semaphore s, int permits, int site) throws InterruptedException {
        ThreadState me = modelled(s);
        if (me == null) {
            runViaJdk(s, "acquire", site, () -> {
                try {
                    s.acquire(permits);
                } catch (InterruptedException e) {
                    sneakyThrow(e);
                }
            });
            return;
        }
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        throwIfInterrupted(me);
        throwIfInterrupted(me, blocking(me, OpKind.ACQUIRE, s, null, site, permits, true, -1));
    }

    public static void semAcquireUninterruptibly(Semaphore s, int site) {
        semAcquireUninterruptiblyN(s, 1, site);
    }

    public static void semAcquireUninterruptiblyN(Semaphore s, int permits, int site) {
        ThreadState me = modelled(s);
        if (me == null) {
            runViaJdk(s, "acquireUninterruptibly", site, () -> s.acquireUninterruptibly(permits));
            return;
        }
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        perform(me, OpKind.ACQUIRE, s, null, true, site, permits);
    }

    public static boolean semTryAcquire(Semaphore s, int site) {
        return semTryAcquireN(s, 1, site);
    }

    public static boolean semTryAcquireN(Semaphore s, int permits, int site) {
        ThreadState me = modelled(s);
        if (me == null) {
            return callViaJdk(s, "tryAcquire", site, () -> s.tryAcquire(permits));
        }
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        return (Boolean) perform(me, OpKind.TRY_ACQUIRE, s, null, true, site, permits);
    }

    public static boolean semTryAcquireTimed(Semaphore s, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = modelled(s);
        if (me == null) {
            return callViaJdk(s, "tryAcquire", site, () -> s.tryAcquire(time, unit));
        }
        throwIfInterrupted(me);
        Object acquired = performInterruptibly(me, OpKind.TRY_ACQUIRE, s, site, 1);
        throwIfInterrupted(me, acquired);
        return (Boolean) acquired;
    }

    public static void semRelease(Semaphore s, int site) {
        semReleaseN(s, 1, site);
    }

    public static void semReleaseN(Semaphore s, int permits, int site) {
        ThreadState me = modelled(s);
        if (me == null) {
            runViaJdk(s, "release", site, () -> s.release(permits));
            return;
        }
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        perform(me, OpKind.RELEASE, s, null, true, site, permits);
    }

    public static int semAvailablePermits(Semaphore s, int site) {
        return (Integer) semaphoreQuery(s, "availablePermits", false, site, s::availablePermits);
    }

    public static boolean semHasQueuedThreads(Semaphore s, int site) {
        return (Boolean) semaphoreQuery(s, "hasQueuedThreads", false, site, s::hasQueuedThreads);
    }

    public static int semGetQueueLength(Semaphore s, int site) {
        return (Integer) semaphoreQuery(s, "getQueueLength", false, site, s::getQueueLength);
    }

    public static int semDrainPermits(Semaphore s, int site) {
        return (Integer) semaphoreQuery(s, "drainPermits", true, site, s::drainPermits);
    }

    private static Object semaphoreQuery(Semaphore s, String method, boolean write, int site, java.util.concurrent.Callable<Object> real) {
        ThreadState me = modelled(s);
        return me == null ? callViaJdk(s, method, site, real) : perform(me, OpKind.SEMAPHORE_QUERY, s, method, write, site, null);
    }

    // ------------------------------------------------------------------ CountDownLatch

    public static void latchAwait(CountDownLatch l, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            l.await();
            return;
        }
        throwIfInterrupted(me);
        throwIfInterrupted(me, blocking(me, OpKind.LATCH_AWAIT, l, null, site, false, true, -1));
    }

    public static boolean latchAwaitTimed(CountDownLatch l, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            return l.await(time, unit);
        }
        throwIfInterrupted(me);
        Object r = blocking(me, OpKind.LATCH_AWAIT, l, null, site, true, true, nanos(time, unit));
        throwIfInterrupted(me, r);
        return Boolean.TRUE.equals(r);
    }

    public static void latchCountDown(CountDownLatch l, int site) {
        ThreadState me = controlled();
        if (me == null) {
            l.countDown();
            return;
        }
        perform(me, OpKind.COUNT_DOWN, l, null, true, site, null);
    }

    public static long latchGetCount(CountDownLatch l, int site) {
        ThreadState me = controlled();
        return me == null ? l.getCount() : (Long) perform(me, OpKind.LATCH_QUERY, l, "getCount", false, site, null);
    }

    // ------------------------------------------------------------------ CyclicBarrier (BarrierModel)

    public static int barrierAwait(CyclicBarrier b, int site) throws InterruptedException, BrokenBarrierException {
        ThreadState me = controlled();
        if (me == null) {
            return b.await();
        }
        try {
            return awaitBarrier(me, b, site, null);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e); // untimed: cannot happen
        }
    }

    public static int barrierAwaitTimed(CyclicBarrier b, long time, TimeUnit unit, int site)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        ThreadState me = controlled();
        if (me == null) {
            return b.await(time, unit);
        }
        return awaitBarrier(me, b, site, unit.toNanos(time));
    }

    /**
     * Arrives (one step); the last party runs the barrier action, if there is one, in its own thread
     * and then trips the barrier (a second step); any other party waits for its round to end.
     *
     * @param nanos a timed await's time, else null
     */
    private static int awaitBarrier(ThreadState me, CyclicBarrier b, int site, Long nanos)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        BarrierState s = modelledBarrier(me, b, "await", site);
        if (s.actionBy == me) {
            throw unsupportedBarrierCall(me, "CyclicBarrier.await() from the barrier's own action (at " + Sites.get(site).where()
                    + ") is not modelled: the JDK's reentrant lock would count the party twice and let the other parties' calls in"
                    + " while the action runs");
        }
        Object r = perform(me, OpKind.BARRIER_AWAIT, b, null, true, site, barrierCall(me, s, nanos, false));
        if (s.actionBy == me) {
            Throwable thrown = null;
            try {
                s.action.run();
            } catch (ExecutionAborted | ProgramExit end) {
                throw end;
            } catch (Throwable e) {
                thrown = e;
            }
            perform(me, OpKind.BARRIER_ACTION_DONE, b, null, true, site, barrierCall(me, s, null, thrown != null));
            if (thrown != null) {
                sneakyThrow(thrown); // as the JDK's await does, once the barrier is broken
            }
        } else if (r instanceof Integer index && index > 0) {
            r = blocking(me, OpKind.BARRIER_RESUME, b, null, site, barrierCall(me, s, nanos, false), true, nanos == null ? -1 : nanos);
        }
        if (r instanceof Integer index) {
            return index;
        }
        switch ((BarrierModel.Outcome) r) {
            case BROKEN -> throw new BrokenBarrierException();
            case INTERRUPTED -> throw new InterruptedException();
            default -> throw new TimeoutException();
        }
    }

    public static void barrierReset(CyclicBarrier b, int site) {
        ThreadState me = controlled();
        if (me == null) {
            b.reset();
            return;
        }
        BarrierState s = modelledBarrier(me, b, "reset", site);
        perform(me, OpKind.BARRIER_RESET, b, null, true, site, barrierCall(me, s, null, false));
    }

    public static boolean barrierIsBroken(CyclicBarrier b, int site) {
        Object r = barrierQuery(b, "isBroken", site);
        return r != null ? (Boolean) r : b.isBroken();
    }

    public static int barrierGetNumberWaiting(CyclicBarrier b, int site) {
        Object r = barrierQuery(b, "getNumberWaiting", site);
        return r != null ? (Integer) r : b.getNumberWaiting();
    }

    /**
     * A controlled thread's query is a step. The explorer's own reads (a program's final check) get
     * the model's answer without one, once the execution has met the barrier. Null: ask the real barrier.
     */
    private static Object barrierQuery(CyclicBarrier b, String method, int site) {
        ThreadState me = controlled();
        if (me != null) {
            BarrierState s = modelledBarrier(me, b, method, site);
            return perform(me, OpKind.BARRIER_QUERY, b, method, false, site, barrierCall(me, s, null, false));
        }
        ThreadState any = Execution.CURRENT.get();
        if (any == null) {
            return null;
        }
        synchronized (any.execution) {
            BarrierState s = any.execution.primitives().barriers().known(b);
            return s == null ? null : method.equals("isBroken") ? (Object) s.generation.broken : (Object) s.arrived;
        }
    }

    /** The barrier's model (made when first met); a barrier the model cannot stand for ends the execution in an error. */
    private static BarrierState modelledBarrier(ThreadState me, CyclicBarrier b, String method, int site) {
        if (b.getClass() != CyclicBarrier.class) {
            throw unsupportedBarrierCall(me, "a subclass of CyclicBarrier (" + barrierCallSite(b, method, site) + ") is not modelled:"
                    + " its code would run beside the explorer's model of the barrier");
        }
        String problem = BarrierModel.unreadable();
        if (problem != null) {
            String control = tcheck.checker.explorer.jdk.JdkControl.ensureInstalled();
            throw unsupportedBarrierCall(me, "CyclicBarrier (" + barrierCallSite(b, method, site) + ") cannot be modelled in this JVM: its barrier action is not"
                    + " readable (" + problem + (control == null ? "" : "; " + control) + ")");
        }
        synchronized (me.execution) {
            return me.execution.primitives().barriers().barrier(b);
        }
    }

    /** Where a barrier call the model refuses was made, for its error: words made only then, not at every call. */
    private static String barrierCallSite(CyclicBarrier b, String method, int site) {
        return b.getClass().getName() + "." + method + "() at " + Sites.get(site).where();
    }

    /** The round current as the call is announced (which the search's dependence needs): no other thread runs until it is performed. */
    private static BarrierModel.Call barrierCall(ThreadState me, BarrierState s, Long nanos, boolean threw) {
        synchronized (me.execution) {
            return new BarrierModel.Call(s.generation.number, s.action != null, nanos, threw);
        }
    }

    private static ExecutionAborted unsupportedBarrierCall(ThreadState me, String what) {
        me.execution.uncontrollable(what);
        return new ExecutionAborted();
    }

    // ------------------------------------------------------------------ atomics and collections

    public static void beforeCall(Object receiver, int site) {
        ThreadState me = controlled();
        if (me == null || receiver == null) {
            return;
        }
        String method = Sites.get(site).member();
        if (ThreadSafeJdk.is(receiver.getClass())) {
            // a concurrent collection reached through Map, Queue ...: the JDK's own thread-safe code, one step
            if (me.atomicDepth == 0) {
                perform(me, OpKind.JDK_CALL, receiver, method, true, site, null);
            }
            return;
        }
        if (receiver instanceof StringBuffer || receiver instanceof java.io.PrintStream) {
            // a StringBuffer's, a PrintStream's: one step that waits for the program's monitor on it; a method that
            // does not lock, or a stream class of someone else's (a test runner's capture), is no point, as before
            if (me.atomicDepth == 0 && SynchronizedMutex.locksItself(receiver, method)) {
                perform(me, OpKind.LOCKED_CALL, receiver, method, me.execution.primitives().lockedCalls().changes(receiver, method), site, null);
            }
            return;
        }
        boolean atomic = receiver.getClass().getName().startsWith("java.util.concurrent.atomic.")
                || receiver instanceof java.lang.invoke.VarHandle;
        // a view or an iterator acts on the collection behind it: that is the location (the op's arg)
        Object behind = atomic ? receiver : CollectionViews.backing(receiver);
        boolean write = atomic ? !(method.startsWith("get") && !method.startsWith("getAnd")) && !method.endsWith("Value")
                && !method.startsWith("is") && !method.equals("length") && !method.equals("toString")
                : behind != receiver ? CollectionViews.changes(receiver, method) : CollectionCalls.isWrite(receiver, method);
        if (me.atomicDepth > 0) {
            if (!atomic) {
                me.execution.silentAccess(me, new Op(OpKind.CALL, behind, "contents", write, Sites.get(site), null));
            }
            return;
        }
        perform(me, OpKind.CALL, receiver, method, write, site, atomic ? Boolean.TRUE : behind == receiver ? Boolean.FALSE : behind);
    }

    // ------------------------------------------------------------------ the JDK's concurrency classes, run for real

    /**
     * Before a call into {@code java.util.concurrent} (a phaser, a blocking queue, a map, an executor
     * ...): one scheduling point, then the JDK's real code runs as the rest of the step, up to the
     * next park (which the rewritten JDK code hands to the explorer). Returns a token for {@link #jdkDone}.
     */
    public static int jdkCall(Object receiver, int site) {
        return jdkCallNamed(receiver, Sites.get(site).member(), site);
    }

    static int jdkCallNamed(Object receiver, String method, int site) {
        ThreadState me = controlled();
        if (me == null) {
            return 0;
        }
        if (!tcheck.checker.explorer.jdk.JdkControl.installed()) {
            me.execution.uncontrollable("a call into java.util.concurrent (" + receiver.getClass().getSimpleName() + "." + method
                    + " at " + Sites.get(site).where() + ") needs the JDK's classes under control, which failed in this JVM: "
                    + tcheck.checker.explorer.jdk.JdkControl.ensureInstalled());
            throw new ExecutionAborted();
        }
        Object lock = JdkLocks.state(receiver);
        Op op = new Op(lock != null ? OpKind.JDK_LOCK_CALL : OpKind.JDK_CALL, receiver == null ? Sites.get(site).owner() : receiver,
                method, lock == null || !JdkLocks.readsOnly(method), Sites.get(site), lock);
        if (me.atomicDepth == 0) {
            me.execution.perform(me, op);
            me.jdkCall = op;
        }
        me.atomicDepth++;
        return 1;
    }

    /** After the JDK call returned or threw. */
    public static void jdkDone(int token) {
        if (token == 0) {
            return;
        }
        ThreadState me = Execution.CURRENT.get();
        if (me != null && me.atomicDepth > 0 && --me.atomicDepth == 0) {
            Op call = me.jdkCall;
            me.jdkCall = null;
            if (call != null && call.target() instanceof java.util.concurrent.locks.StampedLock lock) {
                me.execution.stampedLockCalled(me, lock, String.valueOf(call.slot()));
            }
        }
    }

    /** Before an instruction that may initialize class {@code c}: the JVM's class-initialization lock, modelled. */
    public static void classTouch(Class<?> c, int site) {
        ClassInitModel.touch(c, site);
    }

    /** A class initializer begins: it runs as part of the step that triggered it, but for its blocking operations. */
    public static int classInitBegin(Class<?> c) {
        return ClassInitModel.begin(c);
    }

    /** A class initializer ended, normally or not. */
    public static void classInitEnd(int token, Class<?> c) {
        ClassInitModel.end(token, c);
    }

    // ------------------------------------------------------------------ LockSupport in the program's own code

    public static void lsPark(int site) {
        park(null, 0, 0L, site);
    }

    public static void lsParkBlocker(Object blocker, int site) {
        park(blocker, 0, 0L, site);
    }

    public static void lsParkNanos(long nanos, int site) {
        park(null, 1, nanos, site);
    }

    public static void lsParkNanosBlocker(Object blocker, long nanos, int site) {
        park(blocker, 1, nanos, site);
    }

    public static void lsParkUntil(long deadline, int site) {
        park(null, 2, deadline, site);
    }

    public static void lsParkUntilBlocker(Object blocker, long deadline, int site) {
        park(blocker, 2, deadline, site);
    }

    private static void park(Object blocker, int mode, long time, int site) {
        ThreadState me = controlled();
        if (me == null) {
            switch (mode) {
                case 0 -> java.util.concurrent.locks.LockSupport.park(blocker);
                case 1 -> java.util.concurrent.locks.LockSupport.parkNanos(blocker, time);
                default -> java.util.concurrent.locks.LockSupport.parkUntil(blocker, time);
            }
            return;
        }
        parkControlled(me, mode, time, site);
    }

    /** A park: blocked until unparked, interrupted, its time is up or (an option) it returns spuriously. */
    static void parkControlled(ThreadState me, int mode, long time, int site) {
        if (mode == 1 && time <= 0) {
            return;
        }
        long timeout = switch (mode) {
            case 0 -> -1;
            case 1 -> time;
            default -> Math.max(0, VirtualClock.elapsedAtEpochMillis(time) - me.execution.clock().elapsed());
        };
        Op call = me.jdkCall;
        Object target = call != null ? call.target() : "LockSupport";
        Object what = call != null ? call.slot() : "park";
        // an untimed park inside a lock's call waits for that lock's release (JdkLocks); any other may end by what any step does
        boolean lockWait = call != null && call.kind() == OpKind.JDK_LOCK_CALL && timeout < 0;
        Op op = new Op(lockWait ? OpKind.LOCK_PARK : OpKind.PARK, target, what, true,
                site >= 0 ? Sites.get(site) : call == null ? null : call.site(), lockWait ? call.arg() : null);
        me.waitStart = me.execution.clock().elapsed();
        me.waitNanos = timeout;
        me.execution.jdkPublish(me);
        try {
            me.execution.perform(me, op);
        } finally {
            me.waitNanos = -1;
        }
    }

    public static void lsUnpark(Thread t, int site) {
        ThreadState me = controlled();
        if (me == null) {
            java.util.concurrent.locks.LockSupport.unpark(t);
            return;
        }
        if (t != null) {
            perform(me, OpKind.UNPARK, t, null, true, site, null);
        }
    }

    // ------------------------------------------------------------------ interrupts, liveness, time, exit

    public static void threadInterrupt(Thread t, int site) {
        ThreadState me = controlled();
        if (me == null) {
            t.interrupt();
            return;
        }
        perform(me, OpKind.INTERRUPT, t, null, true, site, null);
    }

    public static boolean threadIsInterrupted(Thread t, int site) {
        ThreadState me = controlled();
        if (me == null) {
            return t.isInterrupted();
        }
        return (Boolean) perform(me, OpKind.INTERRUPT_CHECK, t, "isInterrupted", false, site, false);
    }

    public static boolean threadInterrupted(int site) {
        ThreadState me = controlled();
        if (me == null) {
            return Thread.interrupted();
        }
        return (Boolean) perform(me, OpKind.INTERRUPT_CHECK, me.thread, "interrupted", true, site, true);
    }

    /** A thread's state as the model has it (a thread the explorer merely has not scheduled is RUNNABLE, not WAITING). */
    public static Thread.State threadGetState(Thread t, int site) {
        ThreadState me = controlled();
        if (me == null) {
            return t.getState();
        }
        perform(me, OpKind.THREAD_STATE, t, "getState", false, site, null);
        Thread.State state = me.execution.threadState(t);
        me.execution.recordValue(me, state);
        return state;
    }

    /** Alive as the model says: a thread the explorer let finish is dead, even while its real thread unwinds. */
    public static boolean threadIsAlive(Thread t, int site) {
        ThreadState me = controlled();
        if (me == null) {
            return t.isAlive();
        }
        return me.execution.isAlive(t);
    }

    /** The program chose a daemon status: kept, so that "only daemon threads are left" means what the JVM means. */
    public static void threadSetDaemon(Thread t, boolean on, int site) {
        ThreadState me = controlled();
        if (me != null && me.execution.stateOf(t) != null && me.execution.isAlive(t)) {
            throw new IllegalThreadStateException(); // as for a started thread (on a carrier, its Thread object never is)
        }
        t.setDaemon(on);
        if (me != null) {
            me.execution.daemonSet(t);
        }
    }

    /** Monitors are modelled, never taken: whether this thread holds one is the model's answer. */
    public static boolean threadHoldsLock(Object o, int site) {
        ThreadState me = controlled();
        if (o == null) {
            throw new NullPointerException();
        }
        return me == null ? Thread.holdsLock(o) : me.execution.holdsMonitor(me, o);
    }

    public static long nanoTime() {
        ThreadState me = controlled();
        return me == null ? System.nanoTime() : me.execution.clock().nanoTime();
    }

    public static long currentTimeMillis() {
        ThreadState me = controlled();
        return me == null ? System.currentTimeMillis() : me.execution.clock().currentTimeMillis();
    }

    // ------------------------------------------------------------------ random numbers (Draws)

    /** The seed of an unseeded {@code new Random()}: the execution's next, or (outside one) any, as the JVM's. */
    public static long randomSeed() {
        ThreadState me = controlled();
        return me == null ? new java.util.Random().nextLong() : me.execution.draws().nextSeed();
    }

    public static double mathRandom(int site) {
        ThreadState me = controlled();
        return me == null ? Math.random() : me.execution.draws().mathRandom();
    }

    private static java.util.Random tlr(ThreadState me) {
        return Draws.threadLocal(me);
    }

    public static int tlrNextInt(java.util.concurrent.ThreadLocalRandom r, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextInt() : tlr(me).nextInt();
    }

    public static int tlrNextIntBound(java.util.concurrent.ThreadLocalRandom r, int bound, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextInt(bound) : tlr(me).nextInt(bound);
    }

    public static int tlrNextIntRange(java.util.concurrent.ThreadLocalRandom r, int origin, int bound, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextInt(origin, bound) : tlr(me).nextInt(origin, bound);
    }

    public static long tlrNextLong(java.util.concurrent.ThreadLocalRandom r, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextLong() : tlr(me).nextLong();
    }

    public static long tlrNextLongBound(java.util.concurrent.ThreadLocalRandom r, long bound, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextLong(bound) : tlr(me).nextLong(bound);
    }

    public static long tlrNextLongRange(java.util.concurrent.ThreadLocalRandom r, long origin, long bound, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextLong(origin, bound) : tlr(me).nextLong(origin, bound);
    }

    public static double tlrNextDouble(java.util.concurrent.ThreadLocalRandom r, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextDouble() : tlr(me).nextDouble();
    }

    public static boolean tlrNextBoolean(java.util.concurrent.ThreadLocalRandom r, int site) {
        ThreadState me = controlled();
        return me == null ? r.nextBoolean() : tlr(me).nextBoolean();
    }

    public static java.time.Instant instantNow() {
        ThreadState me = controlled();
        if (me == null) {
            return java.time.Instant.now();
        }
        long elapsed = me.execution.clock().elapsed();
        return java.time.Instant.ofEpochMilli(VirtualClock.EPOCH_ORIGIN_MILLIS).plusNanos(elapsed);
    }

    public static void systemExit(int status, int site) {
        throw programExit("System.exit", status, site);
    }

    public static void runtimeExit(Runtime runtime, int status, int site) {
        throw programExit("Runtime.exit", status, site);
    }

    public static void runtimeHalt(Runtime runtime, int status, int site) {
        throw programExit("Runtime.halt", status, site);
    }

    /** Checked code never ends tcheck's JVM: under the explorer or not, exit() ends the program's run only. */
    private static ProgramExit programExit(String call, int status, int site) {
        ThreadState me = Execution.CURRENT.get();
        return new ProgramExit(call, status, me == null ? Thread.currentThread().getName() : me.name, Sites.get(site).where());
    }

    /** A void visible call returned: nothing to record (the trace shows no result). */
    public static void afterVoidCall() {
    }

    /**
     * A final field holding an object was read: the object is named after the field in traces
     * ("items", "notEmpty") unless it has a name already. Not a scheduling point.
     *
     * @param holder the object read from, or null for a static field
     */
    public static void finalFieldRead(Object value, Object holder, int site) {
        placedInField(value, holder, site);
    }

    /** An object was stored in a field inside a constructor (not a scheduling point): named after the field. */
    public static void fieldStored(Object value, Object holder, int site) {
        placedInField(value, holder, site);
    }

    /** An object was stored in an array element inside a constructor (not a scheduling point): {@code forks[0]}. */
    public static void elementStored(Object array, int index, Object value, int site) {
        placedInArray(array, index, value);
    }

    /** An object was stored in a local variable (not a scheduling point): named after the variable. */
    public static void localStored(Object value, String variable) {
        ThreadState me = Execution.CURRENT.get();
        if (me != null && value != null) {
            me.execution.placedInVariable(value, variable);
        }
    }

    private static void placedInField(Object value, Object holder, int site) {
        ThreadState me = Execution.CURRENT.get();
        if (me != null && value != null) {
            Site s = Sites.get(site);
            me.execution.placedInField(value, holder == null ? s.owner() : holder, s.member());
        }
    }

    private static void placedInArray(Object array, int index, Object value) {
        ThreadState me = Execution.CURRENT.get();
        if (me != null && value != null && array != null) {
            me.execution.placedInArray(value, array, index);
        }
    }

    // ------------------------------------------------------------------ operation histories

    public static void opInvoke(Object receiver, Object[] args, int site) {
        ThreadState me = controlled();
        if (me != null && receiver != null) {
            me.execution.operationInvoked(me, receiver, Sites.get(site).member(), args);
        }
    }

    public static void opRespond(Object result) {
        ThreadState me = controlled();
        if (me != null && !me.execution.isAborted()) { // an operation the explorer cut short stays pending
            me.execution.operationReturned(me, result);
        }
    }

    public static void opRespondVoid() {
        opRespond(null);
    }

    public static void opThrew(Throwable t) {
        ThreadState me;
        try {
            me = controlled();
        } catch (ExecutionAborted e) {
            return;
        }
        // an operation the explorer cut short (a deadlock ended, a finally's unlock throwing while unwinding) stays pending
        if (me != null && !(t instanceof ExecutionAborted) && !me.execution.isAborted()) {
            me.execution.operationReturned(me, t);
        }
    }
}
