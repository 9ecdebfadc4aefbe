package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A thread sleeps in a loop (each sleep 1 s) until it is interrupted; main interrupts it. An
 * interrupt before or during {@code sleep} makes it throw {@code InterruptedException} and clears
 * the flag; a sleep that ends normally just loops. The thread always ends, having caught the
 * exception: correct on every JVM. Sleeps may end at any point (timing is not ordering), so
 * schedules in which main is delayed for ever more sleeps are unbounded: verified or bounded.
 */
@Expect(VERIFIED_OR_BOUNDED)
public class InterruptWakesSleep implements Runnable {
    private volatile boolean caught;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(1_000);
                }
            } catch (InterruptedException e) {
                caught = !Thread.currentThread().isInterrupted();
            }
        }, "sleeper");
        t.start();
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!caught) {
            throw new AssertionError("sleep was not interrupted, or the flag stayed set");
        }
    }
}
