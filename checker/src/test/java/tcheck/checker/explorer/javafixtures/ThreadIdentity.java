package tcheck.checker.explorer.javafixtures;

import tcheck.checker.explorer.RealThreadProbe;

/**
 * What a thread is, as the program sees it: the Thread object it started (its name, its own
 * thread locals, the inheritable ones its creator had, its uncaught-exception handler), whatever
 * real thread runs the body.
 */
public class ThreadIdentity implements Runnable {
    static final ThreadLocal<String> LOCAL = ThreadLocal.withInitial(() -> "initial");
    static final InheritableThreadLocal<String> INHERITED = new InheritableThreadLocal<>();

    @Override
    public void run() {
        INHERITED.set("from main");
        LOCAL.set("main's");
        Thread[] ts = new Thread[2];
        String[] handled = new String[1];
        for (int i = 0; i < ts.length; i++) {
            String name = "T" + (i + 1);
            ts[i] = new Thread(() -> {
                Thread me = Thread.currentThread();
                RealThreadProbe.record(me);
                check(me.getName().equals(name), "currentThread() is the started thread, named " + name + ": " + me.getName());
                check(me.isAlive(), "alive while it runs");
                check(me.getState() == Thread.State.RUNNABLE, "runnable while it runs: " + me.getState());
                check("initial".equals(LOCAL.get()), "a thread local starts at its initial value in a new thread: " + LOCAL.get());
                LOCAL.set(name);
                check(name.equals(LOCAL.get()), "a thread local keeps what this thread set");
                check("from main".equals(INHERITED.get()), "an inheritable thread local is inherited: " + INHERITED.get());
                INHERITED.set(name);
                if (name.equals("T2")) {
                    throw new IllegalStateException("handled by the thread's own handler");
                }
            }, name);
            ts[i].setUncaughtExceptionHandler((t, e) -> handled[0] = t.getName() + ": " + e.getMessage());
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            check(!t.isAlive(), "not alive once joined");
            check(t.getState() == Thread.State.TERMINATED, "terminated once joined: " + t.getState());
        }
        check("main's".equals(LOCAL.get()), "the children's thread locals are their own: " + LOCAL.get());
        check("from main".equals(INHERITED.get()), "a child's inheritable value is its copy: " + INHERITED.get());
        check("T2: handled by the thread's own handler".equals(handled[0]), "the handler got the thread and its exception: " + handled[0]);
        check(Thread.currentThread().getName().equals("main"), "the program's first thread is main");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
