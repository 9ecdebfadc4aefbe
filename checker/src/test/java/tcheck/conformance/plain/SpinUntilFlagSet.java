package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * The reader spins ({@code Thread.onSpinWait()}) on a volatile flag that the writer sets. On a real
 * JVM the writer is scheduled eventually and the spin ends: correct. A schedule that runs only the
 * spinner forever is unfair, not a livelock of the program, so the checker may run out of steps
 * (bounded) but must not report a livelock or anything else.
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 100)
public class SpinUntilFlagSet implements Runnable {
    private volatile boolean flag;

    @Override
    public void run() {
        Thread spinner = new Thread(() -> {
            while (!flag) {
                Thread.onSpinWait();
            }
        }, "spinner");
        Thread writer = new Thread(() -> flag = true, "writer");
        spinner.start();
        writer.start();
        try {
            spinner.join();
            writer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
