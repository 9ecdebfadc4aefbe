package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A worker throws, and the program installed an {@code UncaughtExceptionHandler} on it that records
 * the exception; main checks the handler saw it. The exception is handled as the program intends
 * (nothing reaches the default handler, nothing is printed): correct on every JVM, verified. A
 * checker must run the handler, and must not report the handled exception as a failure.
 */
@Expect(VERIFIED)
public class UncaughtHandlerInstalled implements Runnable {
    private volatile Throwable seen;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("expected by the program");
        }, "worker");
        worker.setUncaughtExceptionHandler((t, e) -> seen = e);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!(seen instanceof IllegalStateException)) {
            throw new AssertionError("the handler saw " + seen);
        }
    }
}
