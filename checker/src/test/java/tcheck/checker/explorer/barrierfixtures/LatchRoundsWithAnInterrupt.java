package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.CountDownLatch;

/**
 * Two rounds, each a CountDownLatch both parties count down and await; main interrupts A once. Which
 * await the interrupt ends, and which party's flag the other reads after round 0, give 9 outcomes,
 * each reached on some JVM. A search that misses one of them would call a program verified that
 * it has not fully explored.
 */
public class LatchRoundsWithAnInterrupt implements Runnable {
    private final CountDownLatch[] rounds = {new CountDownLatch(2), new CountDownLatch(2)};
    private final String[] got = new String[2];
    private volatile String flag = "-";

    private void party(int me, String name) {
        String s = "";
        for (int round = 0; round < 2; round++) {
            rounds[round].countDown();
            try {
                rounds[round].await();
                s += "0";
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
        OutcomeProbe.record("A " + got[0] + ", B " + got[1]);
    }
}
