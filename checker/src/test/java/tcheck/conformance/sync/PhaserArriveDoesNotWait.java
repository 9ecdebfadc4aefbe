package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Like {@code PhaserTwoPhases} but the parties call {@code arrive()}, which does not wait for the
 * others, and then read the other's slot. A real JVM can run one party's read before the other has
 * written: an invariant violation (the slots are atomic, so it is not also a data race).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class PhaserArriveDoesNotWait implements Runnable {
    private final Phaser phaser = new Phaser(2);
    private final AtomicIntegerArray slots = new AtomicIntegerArray(2);

    private void party(int me) {
        slots.set(me, 1);
        phaser.arrive();
        if (slots.get(1 - me) != 1) {
            throw new AssertionError("the other party has not written yet: arrive() does not wait");
        }
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
