package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two people meet in a hallway, each on side 0. Each checks whether they stand on the same side
 * and, if so, steps to the other side and lets the other move. In lock step both step aside
 * together, stand on the same side again, and step back: a livelock. Its lap is both steps, aside
 * and back: after one step aside only, the sides hold 1 where they held 0, so the state has not
 * come back yet, and a lap that stopped there would say "nothing changed" when something had.
 */
@Expect(value = COUNTEREXAMPLE, kind = "livelock", maxSteps = 300)
public class SteppingAside implements Runnable {
    private final AtomicInteger[] side = {new AtomicInteger(0), new AtomicInteger(0)};

    private void walk(int me) {
        while (side[me].get() == side[1 - me].get()) {
            side[me].set(1 - side[me].get());
            Thread.yield();
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> walk(0), "alice");
        Thread b = new Thread(() -> walk(1), "bob");
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
