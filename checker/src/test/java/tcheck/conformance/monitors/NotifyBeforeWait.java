package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The waiter calls {@code wait()} unconditionally, with no flag. If the notifier's
 * {@code notify()} runs first, nobody is waiting and the notification is lost; the waiter then
 * waits forever and main waits to join it. A real JVM shows this whenever the notifier runs first:
 * a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class NotifyBeforeWait implements Runnable {
    private final Object m = new Object();

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            synchronized (m) {
                try {
                    m.wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "waiter");
        Thread notifier = new Thread(() -> {
            synchronized (m) {
                m.notify();
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
