package tcheck.checker.explorer.runtime;

import tcheck.checker.explorer.instrument.Site;
import tcheck.checker.explorer.instrument.Sites;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
                throw new ExecutionAborted();
            }
            return null;
        }
        return me.bypass ? null : me;
    }

    private static Object perform(ThreadState me, OpKind kind, Object target, Object slot, boolean write, int site, Object arg) {
        return me.execution.perform(me, new Op(kind, target, slot, write, Sites.get(site), arg));
    }

    // ------------------------------------------------------------------ memory

    public static void getField(Object owner, int site) {
        ThreadState me = controlled();
        if (me != null) {
            perform(me, OpKind.READ, owner, Sites.get(site).member(), false, site, null);
        }
    }

    public static void putField(Object owner, Object value, int site) {
        ThreadState me = controlled();
        if (me != null) {
            perform(me, OpKind.WRITE, owner, Sites.get(site).member(), true, site, null);
            me.execution.recordValue(me, value);
        }
    }

    public static void getStatic(int site) {
        ThreadState me = controlled();
        if (me != null) {
            Site s = Sites.get(site);
            perform(me, OpKind.READ, s.owner(), s.member(), false, site, null);
        }
    }

    public static void putStatic(Object value, int site) {
        ThreadState me = controlled();
        if (me != null) {
            Site s = Sites.get(site);
            perform(me, OpKind.WRITE, s.owner(), s.member(), true, site, null);
            me.execution.recordValue(me, value);
        }
    }

    public static void arrayLoad(Object array, int index, int site) {
        ThreadState me = controlled();
        if (me != null && array != null) {
            perform(me, OpKind.READ, array, index, false, site, null);
        }
    }

    public static void arrayStore(Object array, int index, Object value, int site) {
        ThreadState me = controlled();
        if (me != null && array != null) {
            perform(me, OpKind.WRITE, array, index, true, site, null);
            me.execution.recordValue(me, value);
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
        if (me == null || !me.execution.holdsLock(me, monitor)) {
            return;
        }
        try {
            perform(me, OpKind.MONITOR_EXIT, monitor, null, true, site, null);
        } catch (ExecutionAborted e) {
            // unwinding: the next scheduling point of this thread throws again
        }
    }

    public static void objectWait(Object monitor, int site) throws InterruptedException {
        waitOn(monitor, site, false);
    }

    public static void objectWaitTimed(Object monitor, long millis, int site) throws InterruptedException {
        if (millis == 0) {
            waitOn(monitor, site, false);
        } else {
            waitOn(monitor, site, true);
        }
    }

    public static void objectWaitTimedNanos(Object monitor, long millis, int nanos, int site) throws InterruptedException {
        waitOn(monitor, site, millis != 0 || nanos != 0);
    }

    private static void waitOn(Object monitor, int site, boolean timed) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            monitor.wait();
            return;
        }
        if (!me.execution.holdsLock(me, monitor)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        perform(me, OpKind.WAIT, monitor, null, true, site, null);
        perform(me, OpKind.WAKE, monitor, null, true, site, timed);
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
        if (!me.execution.holdsLock(me, monitor)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        perform(me, kind, monitor, null, true, site, null);
    }

    // ------------------------------------------------------------------ threads

    public static Runnable wrapRunnable(Runnable body) {
        return Execution.wrap(body);
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
        perform(me, OpKind.JOIN, t, null, true, site, false);
    }

    public static void threadJoinTimed(Thread t, long millis, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            t.join(millis);
            return;
        }
        perform(me, OpKind.JOIN, t, null, true, site, millis != 0);
    }

    public static void threadSleep(long millis, int site) throws InterruptedException {
        pause("sleep(" + millis + ")", site);
    }

    public static void threadSleepNanos(long millis, int nanos, int site) throws InterruptedException {
        pause("sleep(" + millis + ")", site);
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

    // ------------------------------------------------------------------ ReentrantLock

    private static ThreadState lockOwner(Lock lock) {
        ThreadState me = controlled();
        if (me != null && !(lock instanceof ReentrantLock)) {
            throw new UnsupportedOperationException("the checker models ReentrantLock, not " + lock.getClass().getName());
        }
        return me;
    }

    public static void lock(Lock lock, int site) {
        ThreadState me = lockOwner(lock);
        if (me == null) {
            lock.lock();
            return;
        }
        perform(me, OpKind.LOCK, lock, null, true, site, null);
    }

    public static void lockInterruptibly(Lock lock, int site) throws InterruptedException {
        ThreadState me = lockOwner(lock);
        if (me == null) {
            lock.lockInterruptibly();
            return;
        }
        perform(me, OpKind.LOCK, lock, null, true, site, null);
    }

    public static boolean tryLock(Lock lock, int site) {
        ThreadState me = lockOwner(lock);
        if (me == null) {
            return lock.tryLock();
        }
        return (Boolean) perform(me, OpKind.TRY_LOCK, lock, null, true, site, null);
    }

    /** A timed tryLock is modelled as an immediate one: it fails when another thread holds the lock. */
    public static boolean tryLockTimed(Lock lock, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = lockOwner(lock);
        if (me == null) {
            return lock.tryLock(time, unit);
        }
        return (Boolean) perform(me, OpKind.TRY_LOCK, lock, null, true, site, null);
    }

    public static void unlock(Lock lock, int site) {
        ThreadState me = lockOwner(lock);
        if (me == null) {
            lock.unlock();
            return;
        }
        if (!me.execution.holdsLock(me, lock)) {
            throw new IllegalMonitorStateException();
        }
        perform(me, OpKind.UNLOCK, lock, null, true, site, null);
    }

    public static Condition newCondition(Lock lock, int site) {
        lockOwner(lock);
        Condition c = lock.newCondition();
        ThreadState any = Execution.CURRENT.get(); // also the explorer's own thread building the program
        if (any != null) {
            any.execution.registerCondition(c, lock);
        }
        return c;
    }

    public static boolean isLocked(Lock lock, int site) {
        ThreadState me = lockOwner(lock);
        return me == null ? ((ReentrantLock) lock).isLocked() : me.execution.isLocked(lock);
    }

    public static boolean isHeldByCurrentThread(Lock lock, int site) {
        ThreadState me = lockOwner(lock);
        return me == null ? ((ReentrantLock) lock).isHeldByCurrentThread() : me.execution.holdsLock(me, lock);
    }

    public static int getHoldCount(Lock lock, int site) {
        ThreadState me = lockOwner(lock);
        return me == null ? ((ReentrantLock) lock).getHoldCount() : me.execution.holdCount(me, lock);
    }

    // ------------------------------------------------------------------ Condition

    private static boolean awaitOn(ThreadState me, Condition c, int site, boolean timed) {
        if (!me.execution.conditionLockHeld(me, c)) {
            throw new IllegalMonitorStateException();
        }
        Object lock = me.execution.condition(c).lockObject;
        perform(me, OpKind.AWAIT, c, null, true, site, lock);
        return (Boolean) perform(me, OpKind.AWAKE, c, timed, true, site, lock);
    }

    public static void await(Condition c, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            c.await();
            return;
        }
        awaitOn(me, c, site, false);
    }

    public static void awaitUninterruptibly(Condition c, int site) {
        ThreadState me = controlled();
        if (me == null) {
            c.awaitUninterruptibly();
            return;
        }
        awaitOn(me, c, site, false);
    }

    public static boolean awaitTimed(Condition c, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            return c.await(time, unit);
        }
        return awaitOn(me, c, site, true);
    }

    public static long awaitNanos(Condition c, long nanos, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            return c.awaitNanos(nanos);
        }
        return awaitOn(me, c, site, true) ? Math.max(1, nanos / 2) : 0;
    }

    public static void signal(Condition c, int site) {
        signalOn(c, site, OpKind.SIGNAL);
    }

    public static void signalAll(Condition c, int site) {
        signalOn(c, site, OpKind.SIGNAL_ALL);
    }

    private static void signalOn(Condition c, int site, OpKind kind) {
        ThreadState me = controlled();
        if (me == null) {
            if (kind == OpKind.SIGNAL) {
                c.signal();
            } else {
                c.signalAll();
            }
            return;
        }
        if (!me.execution.conditionLockHeld(me, c)) {
            throw new IllegalMonitorStateException();
        }
        perform(me, kind, c, null, true, site, me.execution.condition(c).lockObject);
    }

    // ------------------------------------------------------------------ Semaphore

    public static void semAcquire(Semaphore s, int site) throws InterruptedException {
        semAcquireN(s, 1, site);
    }

    public static void semAcquireN(Semaphore s, int permits, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            s.acquire(permits);
            return;
        }
        perform(me, OpKind.ACQUIRE, s, null, true, site, permits);
    }

    public static boolean semTryAcquire(Semaphore s, int site) {
        return semTryAcquireN(s, 1, site);
    }

    public static boolean semTryAcquireN(Semaphore s, int permits, int site) {
        ThreadState me = controlled();
        if (me == null) {
            return s.tryAcquire(permits);
        }
        return (Boolean) perform(me, OpKind.TRY_ACQUIRE, s, null, true, site, permits);
    }

    public static boolean semTryAcquireTimed(Semaphore s, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            return s.tryAcquire(time, unit);
        }
        return (Boolean) perform(me, OpKind.TRY_ACQUIRE, s, null, true, site, 1);
    }

    public static void semRelease(Semaphore s, int site) {
        semReleaseN(s, 1, site);
    }

    public static void semReleaseN(Semaphore s, int permits, int site) {
        ThreadState me = controlled();
        if (me == null) {
            s.release(permits);
            return;
        }
        perform(me, OpKind.RELEASE, s, null, true, site, permits);
    }

    public static int semAvailablePermits(Semaphore s, int site) {
        ThreadState me = controlled();
        return me == null ? s.availablePermits() : (int) me.execution.counterValue(s, true);
    }

    // ------------------------------------------------------------------ CountDownLatch

    public static void latchAwait(CountDownLatch l, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            l.await();
            return;
        }
        perform(me, OpKind.LATCH_AWAIT, l, null, false, site, false);
    }

    public static boolean latchAwaitTimed(CountDownLatch l, long time, TimeUnit unit, int site) throws InterruptedException {
        ThreadState me = controlled();
        if (me == null) {
            return l.await(time, unit);
        }
        return (Boolean) perform(me, OpKind.LATCH_AWAIT, l, null, false, site, true);
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
        return me == null ? l.getCount() : me.execution.counterValue(l, false);
    }

    // ------------------------------------------------------------------ atomics and collections

    public static void beforeCall(Object receiver, int site) {
        ThreadState me = controlled();
        if (me == null || receiver == null) {
            return;
        }
        String method = Sites.get(site).member();
        boolean atomic = receiver.getClass().getName().startsWith("java.util.concurrent.atomic.");
        boolean write = atomic ? !(method.startsWith("get") && !method.startsWith("getAnd")) && !method.endsWith("Value")
                && !method.equals("toString") : CollectionCalls.isWrite(method);
        perform(me, OpKind.CALL, receiver, method, write, site, atomic);
    }

    /** A void visible call returned: nothing to record (the trace shows no result). */
    public static void afterVoidCall() {
    }

    /**
     * A final field holding an object was read: the object is named after the field in traces
     * ("items", "notEmpty") unless it has a name already. Not a scheduling point.
     */
    public static void finalFieldRead(Object value, int site) {
        ThreadState me = Execution.CURRENT.get();
        if (me != null && value != null) {
            me.execution.alias(value, Sites.get(site).member());
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
        if (me != null) {
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
        if (me != null && !(t instanceof ExecutionAborted)) {
            me.execution.operationReturned(me, t);
        }
    }
}
