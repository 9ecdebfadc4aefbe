package tcheck.checker.explorer.runtime;

/**
 * A platform thread that runs the bodies of logical threads, one after the other, across
 * executions. While it runs one, {@link #logical} is that thread: what the checked code (and the
 * rewritten JDK code) gets from {@code Thread.currentThread()}, and whose thread locals it uses.
 */
final class Carrier extends Thread {
    private final Baton work = new Baton();
    private volatile ThreadState task;
    /** The logical thread whose body runs here now, or null between bodies. */
    volatile Thread logical;

    Carrier(String name) {
        // no inheritable thread locals: a carrier is the explorer's, not a child of the program's thread that made it
        super(null, null, name, 0, false);
        setDaemon(true);
        setPriority(NORM_PRIORITY);
    }

    /** Hands this idle carrier a logical thread's body. */
    void give(ThreadState s) {
        s.runner = this;
        task = s;
        work.give();
    }

    @Override
    public void run() {
        while (true) {
            Thread.interrupted(); // a real interrupt meant for an earlier body must not make the next one's parks spin
            work.take();
            ThreadState s = task;
            task = null;
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
}
