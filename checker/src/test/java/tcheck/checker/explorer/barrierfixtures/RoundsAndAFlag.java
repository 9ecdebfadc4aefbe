package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two parties, two rounds; between the rounds each sets a volatile flag to its name and reads it,
 * and main interrupts A once, at any moment. What the awaits return and what each party read of
 * the flag is the outcome: the accesses between rounds interleave with the parties' returns.
 */
public class RoundsAndAFlag implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private final String[] got = new String[2];
    private volatile String flag = "-";

    private void party(int me, String name) {
        String s = "";
        for (int round = 0; round < 2; round++) {
            try {
                s += barrier.await();
            } catch (BrokenBarrierException e) {
                s += "B";
            } catch (InterruptedException e) {
                s += "I";
            }
            if (round == 0) {
                flag = name;
                s += "(" + flag + ")";
            }
        }
        got[me] = s;
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> party(0, "a"), "A");
        Thread b = new Thread(() -> party(1, "b"), "B");
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
