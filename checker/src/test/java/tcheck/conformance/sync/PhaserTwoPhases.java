package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Phaser;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A {@code Phaser} with two registered parties: each writes its slot and calls
 * {@code arriveAndAwaitAdvance()}, then reads the other's slot. Arrival happens-before the advance,
 * so each sees the other's write; phase numbers advance to 1. Correct: verified (or bounded).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class PhaserTwoPhases implements Runnable {
    private final Phaser phaser = new Phaser(2);
    private final int[] slots = new int[2];

    private void party(int me) {
        slots[me] = me + 1;
        int phase = phaser.arriveAndAwaitAdvance();
        if (phase != 1 || slots[1 - me] != 2 - me) {
            throw new AssertionError("phase " + phase + ", other slot " + slots[1 - me]);
        }
        phaser.arriveAndDeregister();
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> party(0), "A");
        Thread b = new Thread(() -> party(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
