package tcheck.checker.explorer.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The turn handed from one thread of an execution to another. Built on {@link LockSupport}
 * directly, not on {@code java.util.concurrent}'s classes: those are rewritten to be under the
 * explorer's control, and the explorer's own hand-off must not be. Never reads or clears a
 * thread's interrupt flag.
 */
final class Baton {
    private volatile boolean given;
    private volatile Thread waiter;

    void give() {
        given = true;
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    void take() {
        waiter = Thread.currentThread();
        if (!given && VirtualCarriers.pinnedHere()) {
            VirtualCarriers.blocking(); // this park blocks the carrier: another must run whoever gets the turn
            try {
                while (!given) {
                    LockSupport.park(this);
                }
            } finally {
                VirtualCarriers.unblocked();
            }
        }
        while (!given) {
            LockSupport.park(this);
        }
        given = false;
        waiter = null;
    }

    /** Takes the baton if it is given within the time; false otherwise. */
    boolean take(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        waiter = Thread.currentThread();
        while (!given) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                waiter = null;
                return false;
            }
            LockSupport.parkNanos(this, left);
        }
        given = false;
        waiter = null;
        return true;
    }
}
