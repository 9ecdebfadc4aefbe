package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Three parties, two ever arrive: W waits untimed, T waits 20 ms. T's timeout breaks the barrier:
 * T gets TimeoutException and W BrokenBarrierException, whether W arrived before the timeout or after.
 */
public class TimeoutBreaks implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(3);
    private String w;
    private String t;

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
        Thread timed = new Thread(() -> {
            try {
                t = "returned " + barrier.await(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                t = "timed out";
            } catch (BrokenBarrierException e) {
                t = "broken";
            } catch (InterruptedException e) {
                t = "interrupted";
            }
        }, "T");
        waiter.start();
        timed.start();
        try {
            waiter.join();
            timed.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String outcome = "W " + w + ", T " + t + (barrier.isBroken() ? ", broken" : ", not broken");
        if (!outcome.equals("W broken, T timed out, broken")) {
            throw new AssertionError(outcome);
        }
        OutcomeProbe.record(outcome);
    }
}
