package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A worker sleeps 10 ms once and records whether it was interrupted; main interrupts it right after
 * starting it and assumes the sleep was cut short. If main is delayed past the 10 ms (a real JVM
 * can deschedule it for that long), the sleep ends normally and the interrupt only sets the flag
 * afterwards: the assertion fails (invariant). Sleeps may end at any point relative to other
 * threads.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class InterruptAfterSleepEnded implements Runnable {
    private volatile boolean cutShort;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                cutShort = true;
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!cutShort) {
            throw new AssertionError("the sleep ended before the interrupt arrived");
        }
    }
}
