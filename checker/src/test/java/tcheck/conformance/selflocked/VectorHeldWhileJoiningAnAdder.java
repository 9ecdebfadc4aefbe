package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import java.util.Vector;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A {@code Vector}'s methods are {@code synchronized}: main holds the vector's monitor while it waits
 * for a thread that adds to it, so when the adder gets there after main took it, neither moves again.
 * A deadlock a real JVM shows (the calls are typed {@code Vector}, not {@code List}).
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class VectorHeldWhileJoiningAnAdder implements Runnable {
    private final Vector<Integer> vector = new Vector<>();

    @Override
    public void run() {
        Thread adder = new Thread(() -> vector.add(1), "adder");
        adder.start();
        synchronized (vector) {
            try {
                adder.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
