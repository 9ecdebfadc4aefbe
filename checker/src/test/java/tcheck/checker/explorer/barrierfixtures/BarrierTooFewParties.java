package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/** A barrier for three parties that only two threads ever reach: both wait forever. */
public class BarrierTooFewParties implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(3);

    private void arrive() {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void run() {
        Thread t1 = new Thread(this::arrive, "T1");
        Thread t2 = new Thread(this::arrive, "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
