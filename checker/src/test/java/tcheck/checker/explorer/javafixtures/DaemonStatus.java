package tcheck.checker.explorer.javafixtures;

/** Daemon status as a JVM keeps it: main is not a daemon, a new thread inherits its creator's, a live thread's is fixed. */
public class DaemonStatus implements Runnable {
    @Override
    public void run() {
        check(!Thread.currentThread().isDaemon(), "main is not a daemon thread");
        Thread child = new Thread(() -> {
            Thread grandchild = new Thread(() -> { });
            check(grandchild.isDaemon(), "a thread made by a daemon thread is a daemon");
        }, "child");
        check(!child.isDaemon(), "a thread made by main is not a daemon");
        child.setDaemon(true);
        child.start();
        check(child.isDaemon(), "the status set before start stays");
        boolean alive = child.isAlive(); // neither call is a scheduling point: the child cannot end in between
        try {
            child.setDaemon(false);
            check(!alive, "setDaemon on a live thread must throw");
        } catch (IllegalThreadStateException e) {
            check(alive, "setDaemon on a thread that ended is allowed");
        }
        try {
            child.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
