package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Three parties, two ever arrive, main interrupts one of them (I): whether I was waiting or had not
 * arrived yet, I gets InterruptedException (its flag cleared) and breaks the barrier, and the
 * other (W) gets BrokenBarrierException.
 */
public class InterruptBreaks implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(3);
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
        String outcome = "W " + w + ", I " + i + (barrier.isBroken() ? ", broken" : ", not broken");
        if (!outcome.equals("W broken, I interrupted (flag clear), broken")) {
            throw new AssertionError(outcome);
        }
        done(outcome);
    }

    void done(String outcome) {
        OutcomeProbe.record(outcome);
    }
}
