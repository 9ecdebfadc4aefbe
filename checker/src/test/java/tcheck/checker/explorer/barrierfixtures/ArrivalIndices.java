package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Three parties of a barrier of three: their awaits return 2, 1 and 0 in the order they arrived,
 * so every round hands out each index once; which party gets which is the outcome.
 */
public class ArrivalIndices implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(3);
    private final int[] index = new int[3];

    @Override
    public void run() {
        if (barrier.getParties() != 3 || barrier.getNumberWaiting() != 0 || barrier.isBroken()) {
            throw new AssertionError("a new barrier");
        }
        Thread[] threads = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                try {
                    index[me] = barrier.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
            }, "P" + (i + 1));
            threads[i].start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        if (index[0] + index[1] + index[2] != 3 || index[0] * index[1] * index[2] != 0 || index[0] == index[1]
                || index[1] == index[2] || index[0] == index[2]) {
            throw new AssertionError("indices " + index[0] + ", " + index[1] + ", " + index[2]);
        }
        done("P1 got " + index[0] + ", P2 got " + index[1] + ", P3 got " + index[2]);
    }

    void done(String outcome) {
        OutcomeProbe.record(outcome);
    }
}
