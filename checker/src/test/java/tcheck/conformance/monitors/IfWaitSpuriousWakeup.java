package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * One waiter, one notifier, and {@code if (!ready) wait()} instead of a loop. With only one waiter
 * the notify always wakes the right thread, so the only way to go on too early is a spurious
 * wake-up, which the JLS allows ({@code Object.wait}: "spurious wakeups ... can occur"). Explored
 * with spurious wake-ups on, the waiter reads {@code ready == false}: an invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant", spuriousWakeups = true)
public class IfWaitSpuriousWakeup implements Runnable {
    private final Object m = new Object();
    private boolean ready;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            synchronized (m) {
                if (!ready) {
                    try {
                        m.wait();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                if (!ready) {
                    throw new AssertionError("woke up without the flag: a spurious wake-up");
                }
            }
        }, "waiter");
        waiter.start();
        synchronized (m) {
            ready = true;
            m.notify();
        }
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
