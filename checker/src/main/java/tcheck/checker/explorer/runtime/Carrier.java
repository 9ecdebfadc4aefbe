package tcheck.checker.explorer.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * A platform thread that runs the bodies of logical threads, one after the other, across
 * executions. While it runs one, {@link #logical} is that thread: what the checked code (and the
 * rewritten JDK code) gets from {@code Thread.currentThread()}, and whose thread locals it uses.
 */
final class Carrier extends Thread {
    private volatile ThreadState task;
    /** The logical thread whose body runs here now, or null between bodies. */
    volatile Thread logical;

    Carrier(String name) {
        // no inheritable thread locals: a carrier is the explorer's, not a child of the program's thread that made it
        super(null, null, name, 0, false);
        setDaemon(true);
        setPriority(NORM_PRIORITY);
    }

    /** Hands this carrier, just taken from the idle ones, a logical thread's body. */
    void give(ThreadState s) {
        s.runner = this;
        task = s;
        LockSupport.unpark(this);
    }

    @Override
    public void run() {
        while (true) {
            ThreadState s = awaitTask();
            if (s == null) {
                return;
            }
            setContextClassLoader(s.thread.getContextClassLoader()); // a thread the body creates inherits it from here
            logical = s.thread;
            try {
                s.execution.runThreadBody(s, s.thread::run);
            } catch (Throwable ignored) {
                // runThreadBody reports the program's failures; nothing may end the carrier
            } finally {
                logical = null;
                Carriers.idle(this); // before saying so: the next execution then finds this carrier idle
                s.ended.give();
            }
        }
    }

    /**
     * The next body to run, or null when this idle carrier was interrupted (whoever owns the JVM
     * asks its threads to end) and has left the pool. Once taken from the pool it serves the body
     * it is given, interrupted or not: the flag is the carrier's own, never a program's.
     */
    private ThreadState awaitTask() {
        while (true) {
            ThreadState s = task;
            if (s != null) {
                task = null;
                return s;
            }
            LockSupport.park(this);
            if (Thread.interrupted() && Carriers.leave(this)) {
                return null;
            }
        }
    }
}
