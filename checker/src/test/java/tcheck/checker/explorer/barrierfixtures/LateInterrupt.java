package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two parties, main interrupts one of them (I) at any moment. Before the barrier trips, the
 * interrupt breaks it: I gets InterruptedException, the other (W) BrokenBarrierException. Once it
 * tripped, the interrupt comes too late: I's await returns its index and only its flag is set (if
 * the interrupt comes before I looks at it).
 */
public class LateInterrupt implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private String w;
    private String i;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            try {
                w = "returned " + barrier.await();
            } catch (BrokenBarrierException e) {
                w = "broken";
            } catch (InterruptedException e) {
                w = "interrupted";
            }
        }, "W");
        Thread interrupted = new Thread(() -> {
            try {
                i = "returned " + barrier.await();
            } catch (BrokenBarrierException e) {
                i = "broken";
            } catch (InterruptedException e) {
                i = "interrupted";
            }
            i += Thread.currentThread().isInterrupted() ? " (flag set)" : " (flag clear)";
        }, "I");
        waiter.start();
        interrupted.start();
        interrupted.interrupt();
        try {
            waiter.join();
            interrupted.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        OutcomeProbe.record("W " + w + ", I " + i + (barrier.isBroken() ? ", broken" : ", not broken"));
    }
}
