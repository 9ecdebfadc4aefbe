package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A modelled CyclicBarrier: its parties and action (fixed), the parties that arrived in the current
 * generation, the generation (tripped or broken, it is replaced or stays broken), the parties
 * waiting, the thread running the barrier action (it holds the barrier's lock meanwhile) and the
 * clock of that lock.
 */
final class BarrierState {
    /** One round of the barrier, as the JDK's {@code Generation}: its waiters check whether it broke or was left behind. */
    static final class Generation {
        /** Rounds are numbered from 0 as they begin. */
        final int number;
        boolean broken;
        /** The barrier's clock as the round left it (while it lasts, as it is now): what its released parties learn. */
        final VectorClock released = new VectorClock();

        Generation(int number) {
            this.number = number;
        }
    }

    /** A party waiting for its generation to end; {@code index} is what its await returns if the barrier trips. */
    record Waiter(ThreadState thread, Generation generation, int index) {
    }

    private final Object object;
    private final ObjectNames names;
    final int parties;
    final Runnable action;
    /** Parties that arrived in the current generation: {@code getNumberWaiting()}, the JDK's {@code parties - count}. */
    int arrived;
    Generation generation = new Generation(0);
    /** Arrived parties not yet returned from await, in arrival order (the JDK's condition queue, and those released but not yet back). */
    final List<Waiter> waiters = new ArrayList<>();
    /** The last party to arrive while it runs the barrier action: it holds the barrier's lock. */
    ThreadState actionBy;
    /** Every call but getParties() takes the barrier's lock: each learns what the calls before it did. */
    final VectorClock clock = new VectorClock();

    /** Named when first shown: the barrier may be put in its field after it is first met. */
    BarrierState(Object object, ObjectNames names, int parties, Runnable action) {
        this.object = object;
        this.names = names;
        this.parties = parties;
        this.action = action;
    }

    String name() {
        return names.of(object);
    }

    /** Whether another thread runs the barrier action, so {@code t} cannot take the barrier's lock. */
    boolean lockedAgainst(ThreadState t) {
        return actionBy != null && actionBy != t;
    }

    Waiter waiter(ThreadState t) {
        for (Waiter w : waiters) {
            if (w.thread() == t) {
                return w;
            }
        }
        return null;
    }

    /** Whether a waiter's generation is over: the barrier tripped (a new generation began) or broke. */
    boolean over(Waiter w) {
        return w.generation() != generation || w.generation().broken;
    }

    /** The JDK's {@code nextGeneration}: the barrier trips, its waiters are released, it is ready for the next round. */
    void nextGeneration() {
        arrived = 0;
        generation = new Generation(generation.number + 1);
    }

    /** The JDK's {@code breakBarrier}: the waiters fail, and so does every await until {@link #reset}. */
    void breakBarrier() {
        generation.broken = true;
        arrived = 0;
    }

    void reset() {
        breakBarrier();
        nextGeneration();
    }

    /** The waiters still held by the barrier (not released yet), in arrival order. */
    List<ThreadState> held() {
        List<ThreadState> out = new ArrayList<>();
        for (Waiter w : waiters) {
            if (!over(w)) {
                out.add(w.thread());
            }
        }
        return out;
    }

    long hash() {
        long x = name().hashCode();
        x = x * 31 + arrived;
        x = x * 31 + (generation.broken ? 1 : 0);
        x = x * 31 + (actionBy == null ? -1 : actionBy.id);
        for (Waiter w : waiters) {
            x = x * 31 + w.thread().id * 2L + (over(w) ? 1 : 0);
        }
        return x * 0x9E3779B97F4A7C15L;
    }
}
