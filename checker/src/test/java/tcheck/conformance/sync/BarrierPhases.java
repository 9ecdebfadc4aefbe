package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads, a {@code CyclicBarrier(2)} with a barrier action, two phases: in each phase a thread
 * writes its own slot, awaits, then reads the other's slot of that phase. Everything before
 * {@code await()} happens-before everything after the barrier trips (and the action runs first), so
 * each thread always sees the other's write of the phase: correct. The barrier is reused (cyclic),
 * which the explorer must model, with one step per await: a complete search, verified.
 */
@Expect(VERIFIED)
public class BarrierPhases implements Runnable {
    private final int[][] slots = new int[2][2];
    private int trips;
    private final CyclicBarrier barrier = new CyclicBarrier(2, () -> trips++);

    private void party(int me) {
        try {
            for (int phase = 0; phase < 2; phase++) {
                slots[phase][me] = phase + 1;
                barrier.await();
                if (slots[phase][1 - me] != phase + 1 || trips != phase + 1) {
                    throw new AssertionError("phase " + phase + ": other slot " + slots[phase][1 - me] + ", trips " + trips);
                }
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> party(0), "A");
        Thread b = new Thread(() -> party(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
