package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/** Two workers write their half, meet at the barrier, then each reads the other's half. */
public class BarrierPhases implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private final int[] halves = new int[2];
    private final int[] seen = new int[2];

    private void work(int me) {
        halves[me] = me + 1;
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        seen[me] = halves[1 - me];
    }

    @Override
    public void run() {
        Thread t1 = new Thread(() -> work(0), "T1");
        Thread t2 = new Thread(() -> work(1), "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen[0] != 2 || seen[1] != 1) {
            throw new AssertionError("seen " + seen[0] + "," + seen[1]);
        }
    }
}
