package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The waiter gives the notifier "plenty of time": {@code if (!ready) wait(500)}, then assumes the
 * flag is set. If the notifier thread is not scheduled within 500 ms (a loaded machine, a GC), the
 * timed wait returns with the flag unset: an invariant violation a real JVM can show. A timed wait
 * may time out whenever its time has passed, while other threads are still runnable.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class TimedWaitAssumedLongEnough implements Runnable {
    private final Object m = new Object();
    private boolean ready;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            synchronized (m) {
                if (!ready) {
                    try {
                        m.wait(500);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                if (!ready) {
                    throw new AssertionError("waited 500 ms and the notifier still had not run");
                }
            }
        }, "waiter");
        Thread notifier = new Thread(() -> {
            synchronized (m) {
                ready = true;
                m.notifyAll();
            }
        }, "notifier");
        waiter.start();
        notifier.start();
        try {
            waiter.join();
            notifier.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
