package tcheck.checker.explorer.runtime;

import java.util.List;

import tcheck.checker.explorer.instrument.Site;

/**
 * A fingerprint of the steps so far as a Mazurkiewicz trace: what each thread did, and which steps of
 * the others each of its steps depends on, but not the order of independent steps. Two executions
 * whose steps so far have the same key reached the same state, whatever the interleaving: every step
 * of a thread is determined by the values its earlier steps read, and each read by the dependent
 * write before it (the same dependence relation DPOR's completeness rests on). A search can therefore
 * treat the second of two such prefixes as the first ({@code DepthFirstSearch}'s preemption-bounded
 * mode does).
 *
 * <p>Each step contributes a hash of its thread, its number among that thread's steps, its kind and
 * source site, and, for every other thread, how many of that thread's steps happen before it; a
 * notify's choice of waiter contributes too (it is no step of its own, and it decides who runs on).
 * The contributions are summed, so the order of independent steps does not count. Two independent
 * 64-bit sums make the key 128 bits: two different traces share it with a probability far below
 * that of a hardware fault.
 */
final class TraceKey {
    private long a;
    private long b;

    long a() {
        return a;
    }

    long b() {
        return b;
    }

    /** Adds a step whose dependence clock and number are set; {@code steps} are the execution's steps so far. */
    void add(Step step, List<Step> steps, int threads) {
        long[] c = contribution(step.thread, step.ordinal, step.op, step.dep, steps, threads);
        a += c[0];
        b += c[1];
    }

    /**
     * The key this one would become with one more step: thread {@code thread}'s {@code ordinal}-th, doing
     * {@code op}, with dependence clock {@code dep} (nothing is added).
     */
    long[] with(int thread, int ordinal, Op op, VectorClock dep, List<Step> steps, int threads) {
        long[] c = contribution(thread, ordinal, op, dep, steps, threads);
        return new long[] {a + c[0], b + c[1]};
    }

    private static long[] contribution(int thread, int ordinal, Op op, VectorClock dep, List<Step> steps, int threads) {
        Site site = op.site();
        long x = ((long) thread << 32) ^ ordinal;
        long y = op.kind().ordinal() * 0x9E3779B97F4A7C15L
                + (site == null ? 0 : site.owner().hashCode() * 31L + site.line()) * 0xC2B2AE3D27D4EB4FL;
        long ha = mix(x ^ mix(y));
        long hb = mix2(y ^ mix2(x));
        for (int u = 0; u < threads; u++) {
            int g = u == thread ? 0 : dep.get(u);
            if (g > 0) {
                long before = ((long) u << 32) ^ steps.get(g - 1).ordinal;
                ha = mix(ha ^ before);
                hb = mix2(hb + before);
            }
        }
        return new long[] {ha, hb};
    }

    /** Adds the waiter a notify (or signal) in {@code step} woke. */
    void woke(Step step, int waiter) {
        long x = ((long) step.thread << 32) ^ step.ordinal ^ ((long) waiter << 48) ^ 0x5DEECE66DL;
        a += mix(x);
        b += mix2(x);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** MurmurHash3's 64-bit finalizer: independent of {@link #mix} for the second half of the key. */
    private static long mix2(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
