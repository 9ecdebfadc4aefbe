package tcheck.conformance.time;

import tcheck.conformance.Expect;

import java.time.Duration;
import java.time.Instant;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread takes {@code Instant.now()}, sleeps 100 ms, and takes it again; at least 90 ms (allowing
 * for a coarse clock) pass on every JVM. Correct: verified. A virtual clock must drive
 * {@code Instant.now()} like {@code currentTimeMillis()}.
 */
@Expect(VERIFIED)
public class InstantAcrossSleep implements Runnable {
    private volatile Duration elapsed = Duration.ZERO;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            Instant start = Instant.now();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            elapsed = Duration.between(start, Instant.now());
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (elapsed.toMillis() < 90) {
            throw new AssertionError("slept 100 ms but Instant.now() moved " + elapsed.toMillis() + " ms");
        }
    }
}
