package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.stream.IntStream;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A parallel stream's {@code sum()} over 1..4 runs on the common ForkJoinPool (threads the JVM
 * starts, not the program) and combines partial sums without shared mutable state: 10 on every JVM.
 * Correct: verified or bounded; the common pool's workers must be controlled, not reported as
 * foreign threads.
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 2_000)
public class ParallelStreamSum implements Runnable {
    @Override
    public void run() {
        int sum = IntStream.rangeClosed(1, 4).parallel().map(x -> x).sum();
        if (sum != 10) {
            throw new AssertionError("sum " + sum);
        }
    }
}
