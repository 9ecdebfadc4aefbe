package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two parties, two rounds, and main interrupts one of them (A) once, at any moment: the interrupt
 * may break either round, or come after the last one. What each party's awaits return, round by
 * round, is the outcome.
 */
public class RoundsWithAnInterrupt implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private final String[] got = new String[2];

    private void party(int me) {
        String s = "";
        for (int round = 0; round < 2; round++) {
            try {
                s += barrier.await();
            } catch (BrokenBarrierException e) {
                s += "B";
            } catch (InterruptedException e) {
                s += "I";
            }
        }
        got[me] = s;
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> party(0), "A");
        Thread b = new Thread(() -> party(1), "B");
        a.start();
        b.start();
        a.interrupt();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        OutcomeProbe.record("A " + got[0] + ", B " + got[1] + (barrier.isBroken() ? ", broken" : ""));
    }
}
