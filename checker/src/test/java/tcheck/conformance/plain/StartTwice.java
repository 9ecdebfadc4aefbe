package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Main starts the same Thread object twice. The second {@code start()} throws
 * {@code IllegalThreadStateException} on every JVM, whether or not the thread has already ended:
 * an uncaught exception in main (kind exception).
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class StartTwice implements Runnable {
    private volatile int runs;

    @Override
    public void run() {
        Thread t = new Thread(() -> runs++, "T");
        t.start();
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
