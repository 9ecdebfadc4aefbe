package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A worker checks {@code isInterrupted()} once and records what it saw; main interrupts it and
 * asserts the worker noticed. If the worker checks before main's {@code interrupt()} (a real JVM
 * can schedule it so), it saw false: an invariant violation. The flag must be a real scheduling
 * point, read exactly.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class InterruptCheckedTooEarly implements Runnable {
    private volatile boolean noticed;

    @Override
    public void run() {
        Thread worker = new Thread(() -> noticed = Thread.currentThread().isInterrupted(), "worker");
        worker.start();
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!noticed) {
            throw new AssertionError("the worker checked its interrupt flag before the interrupt");
        }
    }
}
