package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A {@code CyclicBarrier(3)} with only two threads calling {@code await()}: the barrier never trips
 * and both wait forever on every JVM: a deadlock, which the explorer should name ("2 of 3 parties
 * arrived").
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class BarrierTooFewParties implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(3);

    private void party() {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::party, "A");
        Thread b = new Thread(this::party, "B");
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
