package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * P2 reads P1's cell of this round before it awaits the barrier: nothing orders that read after
 * P1's write (P1 may have arrived already, but P2 has not), so the two race.
 */
public class ReadsBeforeTheBarrier implements Runnable {
    private final int[] cells = new int[2];
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private int seen;

    private void await() {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void run() {
        Thread p1 = new Thread(() -> {
            cells[0] = 1;
            await();
        }, "P1");
        Thread p2 = new Thread(() -> {
            cells[1] = 2;
            seen = cells[0]; // BUG: before the barrier, P1's write may or may not be there
            await();
        }, "P2");
        p1.start();
        p2.start();
        try {
            p1.join();
            p2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
