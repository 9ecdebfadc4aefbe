package tcheck.checker.explorer.runtime;

import java.util.Random;

/**
 * The random numbers a program draws without a seed of its own ({@code new Random()},
 * {@code Math.random()}, {@code ThreadLocalRandom}), made the same in every execution: seeded from the
 * order of their making in the execution, as the clock is virtual. On a JVM each run draws anew; here
 * a schedule replays to the same draws, and the explorer never takes a different draw for a
 * different schedule. The search explores schedules, not draws: a verdict holds for these draws.
 */
final class Draws {
    private static final long BASE = 0x7CE4_5EED_0F_7C4EL;

    private long made;
    private Random shared;
    private volatile boolean drawn;

    /** Whether the program drew an unseeded random number (or made a generator for one) in this execution. */
    boolean drawn() {
        return drawn;
    }

    /** The seed of the execution's next unseeded {@code new Random()}. */
    synchronized long nextSeed() {
        drawn = true;
        return mix(BASE + ++made);
    }

    /** The generator behind {@code Math.random()}: one for the whole execution, as the JVM has one. */
    synchronized double mathRandom() {
        drawn = true;
        if (shared == null) {
            shared = new Random(mix(BASE - 1));
        }
        return shared.nextDouble();
    }

    /** A thread's {@code ThreadLocalRandom}: its own generator, seeded from its number in the execution. */
    static Random threadLocal(ThreadState t) {
        t.execution.draws().drawn = true;
        if (t.draws == null) {
            t.draws = new Random(mix(BASE ^ (0x9E37_79B9L * (t.id + 1))));
        }
        return t.draws;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
