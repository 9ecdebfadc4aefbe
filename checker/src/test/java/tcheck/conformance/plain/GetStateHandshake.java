package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A handshake common in tests: main spins until the worker's {@code getState()} is WAITING and only
 * then notifies; the worker calls {@code wait()} unconditionally. The worker's only waiting point is
 * {@code m.wait()}, so WAITING means it is inside it, having released the monitor, and the notify
 * reaches it: correct on every JVM. A checker must report the state the program would see (a thread
 * it merely has not scheduled yet is RUNNABLE), or it loses the notification and cries deadlock.
 * Verified or bounded (main's spin is unbounded under an unfair schedule).
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 150)
public class GetStateHandshake implements Runnable {
    private final Object m = new Object();

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            synchronized (m) {
                try {
                    m.wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "worker");
        worker.start();
        while (worker.getState() != Thread.State.WAITING) {
            Thread.yield();
        }
        synchronized (m) {
            m.notify();
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
