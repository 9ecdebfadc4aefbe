package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The waiter holds the monitor twice (a synchronized method calling another) and waits; the
 * notifier takes the same monitor, sets the flag and notifies. {@code wait()} releases the monitor
 * completely, whatever the nesting depth, and restores it when it returns: correct on every JVM,
 * verified (releasing only one level would be a false deadlock).
 */
@Expect(VERIFIED)
public class ReentrantMonitorWait implements Runnable {
    private boolean ready;

    private synchronized void outer() {
        inner();
    }

    private synchronized void inner() {
        while (!ready) {
            try {
                wait();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private synchronized void signal() {
        ready = true;
        notifyAll();
    }

    @Override
    public void run() {
        Thread waiter = new Thread(this::outer, "waiter");
        Thread notifier = new Thread(this::signal, "notifier");
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
