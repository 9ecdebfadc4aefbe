package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.SplittableRandom;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A {@code SplittableRandom} shared by two threads: unlike {@code java.util.Random} it has no lock or
 * atomic inside (it is meant to be split, one per thread), so two draws at once can read the same
 * seed and return the same number. The draws race: the finding is the data race (or the repeated
 * number itself).
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "invariant"})
public class SharedSplittableRandom implements Runnable {
    private final SplittableRandom random = new SplittableRandom(42);
    private long first;
    private long second;

    @Override
    public void run() {
        Thread a = new Thread(() -> first = random.nextLong(), "A");
        Thread b = new Thread(() -> second = random.nextLong(), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (first == second) {
            throw new AssertionError("the same number twice: " + first);
        }
    }
}
