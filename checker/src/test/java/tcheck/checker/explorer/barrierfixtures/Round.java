package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * One round of n parties: each writes its own plain cell, awaits, then reads every cell. The
 * barrier's trip orders every write before every read after it: each party sees all the cells
 * written, and no access races.
 */
abstract class Round implements Runnable {
    private final int[] cells;
    private final CyclicBarrier barrier;

    Round(int parties) {
        cells = new int[parties];
        barrier = new CyclicBarrier(parties);
    }

    private void party(int me) {
        cells[me] = me + 1;
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != i + 1) {
                throw new AssertionError("P" + (me + 1) + " saw cells[" + i + "] = " + cells[i]);
            }
        }
    }

    @Override
    public void run() {
        Thread[] threads = new Thread[cells.length];
        for (int i = 0; i < threads.length; i++) {
            int me = i;
            threads[i] = new Thread(() -> party(me), "P" + (i + 1));
            threads[i].start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
