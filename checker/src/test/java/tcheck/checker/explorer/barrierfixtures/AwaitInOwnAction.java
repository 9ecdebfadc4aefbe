package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/** A barrier action that awaits its own barrier: not modelled, so the explorer must say so rather than guess. */
public class AwaitInOwnAction implements Runnable {
    private CyclicBarrier barrier;

    @Override
    public void run() {
        barrier = new CyclicBarrier(1, this::again);
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    private void again() {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
