package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * After a round trips, P writes x and arrives for the next round while Q, released from the first
 * round, reads x: the barrier orders neither access after the other (Q may return from the first
 * round before P writes), so they race, in whichever order the two calls on the barrier come.
 */
public class RacesAfterTheTrip implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private int x;
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
        Thread p = new Thread(() -> {
            await();
            x = 1;
            await();
        }, "P");
        Thread q = new Thread(() -> {
            await();
            seen = x; // BUG: the next round's barrier is not passed yet
            await();
        }, "Q");
        p.start();
        q.start();
        try {
            p.join();
            q.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
