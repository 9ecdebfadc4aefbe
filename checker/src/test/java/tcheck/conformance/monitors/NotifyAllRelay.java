package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * The relay of {@code NotifyWakesWrongWaiter} with {@code notifyAll()}: every waiter wakes, re-checks
 * its stage in a loop, and the one whose turn it is proceeds. No wake-up can be lost, so all three
 * stages complete on every JVM. Explored with spurious wake-ups: a waiter may wake for nothing
 * again and again, so the space is unbounded (bounded is right); an endless run of spurious
 * wake-ups while another thread is runnable is an unfair schedule, never a livelock.
 */
@Expect(value = VERIFIED_OR_BOUNDED, spuriousWakeups = true)
public class NotifyAllRelay implements Runnable {
    private final Object m = new Object();
    private int stage;

    private void step(int from) {
        synchronized (m) {
            try {
                while (stage != from) {
                    m.wait();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            stage = from + 1;
            m.notifyAll();
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> step(1), "A");
        Thread b = new Thread(() -> step(2), "B");
        a.start();
        b.start();
        synchronized (m) {
            stage = 1;
            m.notifyAll();
        }
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (m) {
            if (stage != 3) {
                throw new AssertionError("stage " + stage);
            }
        }
    }
}
