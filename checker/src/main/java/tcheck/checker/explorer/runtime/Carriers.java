package tcheck.checker.explorer.runtime;

import java.util.ArrayDeque;

/**
 * The pool of {@link Carrier}s that the {@link Substrate#POOLED} substrate runs logical threads on:
 * a platform thread is created only when every existing one is busy, so an execution costs
 * hand-offs, not thread starts. Also answers "which thread is this?" for the checked code.
 */
final class Carriers {
    private static final ArrayDeque<Carrier> IDLE = new ArrayDeque<>();
    private static int created;

    private Carriers() {
    }

    /** Runs the logical thread's body on an idle carrier (a new one if none is idle). */
    static void launch(ThreadState s) {
        Carrier c;
        synchronized (IDLE) {
            c = IDLE.pollFirst();
            if (c == null) {
                c = new Carrier("tcheck-carrier-" + created++);
                c.start();
            }
        }
        c.give(s);
    }

    /** An idle carrier leaves the pool; false when it was taken already (a body is on its way to it). */
    static boolean leave(Carrier c) {
        synchronized (IDLE) {
            return IDLE.remove(c);
        }
    }

    static void idle(Carrier c) {
        synchronized (IDLE) {
            IDLE.addFirst(c); // the most recently used first: its stack and caches are warm
        }
    }

    /** The thread the calling code is, as the program sees it: the logical thread a carrier runs, else the real one. */
    static Thread current() {
        Thread t = Thread.currentThread();
        if (t instanceof Carrier c) {
            Thread l = c.logical;
            if (l != null) {
                return l;
            }
            return t;
        }
        Thread l = VirtualCarriers.logical(t);
        return l != null ? l : t;
    }

    /** The real thread running a logical thread's body (its stack is where the logical thread is). */
    static Thread runner(ThreadState s) {
        Thread r = s.runner;
        return r != null ? r : s.thread;
    }
}
