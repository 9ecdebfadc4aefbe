package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A consumer waits in a {@code while} loop for a flag that a producer sets and announces with
 * {@code notify()}, both under the same monitor. Whether the notify comes before or after the wait,
 * the loop re-checks the flag, so the consumer always sees the value: correct. Explored with
 * spurious wake-ups, which can repeat without end: verified or bounded, never a livelock (an
 * endless run of spurious wake-ups while the producer is runnable is an unfair schedule).
 */
@Expect(value = VERIFIED_OR_BOUNDED, spuriousWakeups = true)
public class WaitNotifyHandoff implements Runnable {
    private final Object m = new Object();
    private boolean ready;
    private int value;

    @Override
    public void run() {
        Thread consumer = new Thread(() -> {
            synchronized (m) {
                while (!ready) {
                    try {
                        m.wait();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                if (value != 42) {
                    throw new AssertionError("value " + value);
                }
            }
        }, "consumer");
        Thread producer = new Thread(() -> {
            synchronized (m) {
                value = 42;
                ready = true;
                m.notify();
            }
        }, "producer");
        consumer.start();
        producer.start();
        try {
            consumer.join();
            producer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
