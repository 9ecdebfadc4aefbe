package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A relay on one monitor: A waits for stage 1 and sets stage 2, B waits for stage 2 and sets stage
 * 3; main sets stage 1. Everybody uses {@code notify()}. If A and B are both waiting when main
 * notifies, the JVM may wake B (which waits again) instead of A; nobody is left to notify A, and
 * everybody waits forever: the lost wake-up deadlock that {@code notifyAll()} avoids.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class NotifyWakesWrongWaiter implements Runnable {
    private final Object m = new Object();
    private int stage;

    private void await(int s) throws InterruptedException {
        while (stage != s) {
            m.wait();
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> {
            synchronized (m) {
                try {
                    await(1);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                stage = 2;
                m.notify();
            }
        }, "A");
        Thread b = new Thread(() -> {
            synchronized (m) {
                try {
                    await(2);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                stage = 3;
                m.notify();
            }
        }, "B");
        a.start();
        b.start();
        synchronized (m) {
            stage = 1;
            m.notify();
        }
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
