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

    /**
     * How long a pooled carrier waits for the baton awake (spinning, yielding its core to runnable
     * threads) before it parks. Waking a parked thread costs an OS wake-up, 3-20 us on the 2-core
     * machines measured, and turns come back within microseconds while threads take steps in
     * alternation; a thread that waits longer (blocked) parks. Virtual threads never spin: they
     * share one carrier, and their park is the cheap switch; nor do fresh threads (the substrate
     * as it was, kept for comparison). {@code -Dtcheck.spinMicros=0} turns it off.
     */
    static final long SPIN_NANOS = Math.max(0, Long.getLong("tcheck.spinMicros", 100)) * 1000L;

    /** Takes the baton, parked until it is given; {@code inInitializer}: the caller runs a class initializer (a pinned park). */
    void take(boolean inInitializer) {
        if (!given && Thread.currentThread() instanceof Carrier) {
            spinUntil(() -> given, SPIN_NANOS);
        }
        waiter = Thread.currentThread();
        // a pinned park blocks the carrier: another must run whoever gets the turn
        VirtualCarriers.Absence out = !given && VirtualCarriers.pinnedHere(inInitializer) ? VirtualCarriers.blocking() : null;
        try {
            while (!given) {
                LockSupport.park(this);
            }
        } finally {
            if (out != null) {
                VirtualCarriers.unblocked(out);
            }
        }
        given = false;
        waiter = null;
    }

    /**
     * Waits awake, yielding the core every few turns, until the condition holds or the time is up;
     * whether it holds. For waits that usually end within microseconds, where parking would cost an
     * OS wake-up.
     */
    static boolean spinUntil(java.util.function.BooleanSupplier condition, long nanos) {
        if (nanos <= 0) {
            return condition.getAsBoolean();
        }
        long end = System.nanoTime() + nanos;
        int i = 0;
        while (!condition.getAsBoolean()) {
            if ((++i & 7) == 0) {
                if (System.nanoTime() > end) {
                    return false;
                }
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        return true;
    }

    /** Takes the baton if it is given within the time, awake for the first {@code spinNanos}; false otherwise. */
    boolean take(long millis, long spinNanos) {
        if (!given) {
            spinUntil(() -> given, spinNanos);
        }
        return take(millis);
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
