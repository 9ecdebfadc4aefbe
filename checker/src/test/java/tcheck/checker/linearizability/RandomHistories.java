package tcheck.checker.linearizability;

import java.util.ArrayDeque;
import java.util.Random;

/**
 * Histories recorded from a real sequential object driven by simulated threads: each operation is
 * invoked, takes effect on the object at one instant, and responds, and the three moments of
 * different threads interleave at random. The effect instant is a linearization point, so every
 * such history is linearizable by construction, independently of the spec under test.
 *
 * <p>{@code startPercent} is how eagerly an idle thread calls again when scheduled: 100 keeps every
 * thread always inside an operation (every operation overlaps several others); lower values add
 * think time between calls, as real programs have, so fewer operations are open at once.
 */
final class RandomHistories {
    private RandomHistories() {
    }

    /** put/poll on a java.util.ArrayDeque; puts carry distinct items; {@code putPercent}% of calls are puts. */
    static History queue(long seed, int threads, int operations, int putPercent, int startPercent) {
        Random rnd = new Random(seed);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] nextItem = {1};
        return drive(rnd, threads, operations, startPercent, (thread) -> {
            if (rnd.nextInt(100) < putPercent) {
                int item = nextItem[0]++;
                return new Call("put", new Object[]{item}, () -> {
                    queue.addLast(item);
                    return null;
                });
            }
            return new Call("poll", new Object[0], queue::pollFirst);
        });
    }

    /** increment/get on a plain int, one call in four a get. */
    static History counter(long seed, int threads, int operations, int startPercent) {
        Random rnd = new Random(seed);
        int[] count = {0};
        return drive(rnd, threads, operations, startPercent, (thread) -> rnd.nextInt(4) == 0
                ? new Call("get", new Object[0], () -> count[0])
                : new Call("increment", new Object[0], () -> {
                    count[0]++;
                    return null;
                }));
    }

    /** deposit/withdraw/balance on a plain int balance, small amounts so withdrawals both succeed and fail. */
    static History account(long seed, int threads, int operations, int startPercent) {
        Random rnd = new Random(seed);
        int[] balance = {0};
        return drive(rnd, threads, operations, startPercent, (thread) -> {
            int kind = rnd.nextInt(10);
            int amount = 1 + rnd.nextInt(5);
            if (kind < 4) {
                return new Call("deposit", new Object[]{amount}, () -> {
                    balance[0] += amount;
                    return null;
                });
            }
            if (kind < 8) {
                return new Call("withdraw", new Object[]{amount}, () -> {
                    boolean ok = balance[0] >= amount;
                    if (ok) {
                        balance[0] -= amount;
                    }
                    return ok;
                });
            }
            return new Call("balance", new Object[0], () -> balance[0]);
        });
    }

    record Call(String name, Object[] args, java.util.function.Supplier<Object> effect) {
    }

    private static History drive(Random rnd, int threads, int operations, int startPercent,
                                 java.util.function.IntFunction<Call> choose) {
        History.Builder b = History.builder();
        int[] phase = new int[threads]; // 0 idle, 1 invoked, 2 took effect
        int[] handle = new int[threads];
        Call[] call = new Call[threads];
        Object[] result = new Object[threads];
        int started = 0;
        int finished = 0;
        while (finished < operations) {
            int t = rnd.nextInt(threads);
            String name = "T" + (t + 1);
            switch (phase[t]) {
                case 0 -> {
                    if (started == operations || rnd.nextInt(100) >= startPercent) {
                        continue; // all calls made, or this thread thinks a while first
                    }
                    call[t] = choose.apply(t);
                    handle[t] = b.invoke(name, call[t].name(), call[t].args());
                    started++;
                    phase[t] = 1;
                }
                case 1 -> {
                    result[t] = call[t].effect().get();
                    phase[t] = 2;
                }
                default -> {
                    b.respond(handle[t], result[t]);
                    finished++;
                    phase[t] = 0;
                }
            }
        }
        return b.build();
    }
}
