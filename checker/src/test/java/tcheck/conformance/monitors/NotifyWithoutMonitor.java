package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread calls {@code notify()} on an object whose monitor it does not hold (the
 * {@code synchronized} block is on another object). The JVM throws
 * {@code IllegalMonitorStateException} every time: an uncaught exception in that thread.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class NotifyWithoutMonitor implements Runnable {
    private final Object lock = new Object();
    private final Object signal = new Object();
    private boolean done;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            synchronized (lock) {
                done = true;
                signal.notify();
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
