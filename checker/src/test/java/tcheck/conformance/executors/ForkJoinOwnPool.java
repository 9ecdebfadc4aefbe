package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A {@code RecursiveTask} sums 1..4 on an explicit {@code ForkJoinPool(2)} by forking the left half
 * and computing the right; {@code invoke} returns 10 on every JVM, then the pool is shut down.
 * Correct: verified or bounded (work stealing makes the space large).
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 2_000)
public class ForkJoinOwnPool implements Runnable {
    static final class Sum extends RecursiveTask<Integer> {
        private final int from;
        private final int to;

        Sum(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Integer compute() {
            if (to - from <= 1) {
                return from;
            }
            int mid = (from + to) / 2;
            Sum left = new Sum(from, mid);
            left.fork();
            return new Sum(mid, to).compute() + left.join();
        }
    }

    @Override
    public void run() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            int sum = pool.invoke(new Sum(1, 5));
            if (sum != 10) {
                throw new AssertionError("sum " + sum);
            }
        } finally {
            pool.shutdown();
        }
    }
}
