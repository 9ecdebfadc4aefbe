package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * The spinner checks a flag under a lock, again and again, until the setter, which needs the same
 * lock, sets it. A schedule that lets the spinner go round for ever leaves the setter blocked
 * while the spinner holds the lock and passed over while it does not: that is the setter starved
 * by the scheduler, not a livelock of the program, and no JVM keeps a thread from a free lock for
 * ever. A lap in which a thread that could run somewhere never runs is no livelock: verified or
 * bounded, never a counterexample.
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 200)
public class SpinPastABlockedSetter implements Runnable {
    private final Object lock = new Object();
    private boolean set;

    private boolean isSet() {
        synchronized (lock) {
            return set;
        }
    }

    @Override
    public void run() {
        Thread spinner = new Thread(() -> {
            while (!isSet()) {
                Thread.onSpinWait();
            }
        }, "spinner");
        Thread setter = new Thread(() -> {
            synchronized (lock) {
                set = true;
            }
        }, "setter");
        spinner.start();
        setter.start();
        try {
            spinner.join();
            setter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
