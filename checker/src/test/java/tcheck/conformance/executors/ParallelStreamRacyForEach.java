package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.stream.IntStream;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A parallel stream's {@code forEach} increments a plain field. The elements may be processed by
 * the calling thread and common-pool workers at once: a real JVM loses increments (invariant) and
 * the accesses race (data race). Either finding is right.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"}, maxSteps = 2_000)
public class ParallelStreamRacyForEach implements Runnable {
    private int count;

    @Override
    public void run() {
        IntStream.range(0, 4).parallel().forEach(i -> count++);
        if (count != 4) {
            throw new AssertionError("count " + count);
        }
    }
}
