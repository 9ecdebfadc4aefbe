package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/** A subclass of CyclicBarrier: its overrides would run beside the model, so the explorer must refuse it. */
public class SubclassedBarrier implements Runnable {
    static final class CountingBarrier extends CyclicBarrier {
        int awaits;

        CountingBarrier(int parties) {
            super(parties);
        }

        @Override
        public int await() throws InterruptedException, BrokenBarrierException {
            awaits++;
            return super.await();
        }
    }

    @Override
    public void run() {
        CountingBarrier barrier = new CountingBarrier(1);
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
