package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * W waits (timed) at a barrier of two while main resets it, then main and U use it for a round.
 * A reset while W waits breaks W's round (BrokenBarrierException); one before W arrives leaves W
 * alone, and W's timeout breaks the barrier; either way the reset barrier works again: main and U
 * both pass a round with indices 0 and 1 (main resets it first if W's timeout broke it).
 */
public class ResetBreaksThenReuses implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private String w;
    private int u = -1;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            try {
                w = "returned " + barrier.await(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                w = "timed out";
            } catch (BrokenBarrierException e) {
                w = "broken";
            } catch (InterruptedException e) {
                w = "interrupted";
            }
        }, "W");
        waiter.start();
        barrier.reset();
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String outcome = "W " + w + (barrier.isBroken() ? ", then broken" : ", then not broken");
        if (barrier.isBroken()) {
            barrier.reset();
        }
        Thread other = new Thread(() -> {
            try {
                u = barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        }, "U");
        other.start();
        int mine;
        try {
            mine = barrier.await();
            other.join();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        if (mine + u != 1 || mine * u != 0 || barrier.isBroken() || barrier.getNumberWaiting() != 0) {
            throw new AssertionError("after the reset: main " + mine + ", U " + u + ", broken " + barrier.isBroken());
        }
        OutcomeProbe.record(outcome);
    }
}
