package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Main starts a worker that sets a volatile result, forgets to join it, and checks the result right
 * away. A real JVM often runs main first and sees 0: an invariant violation (volatile, so no data
 * race to report instead).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class MissingJoin implements Runnable {
    private volatile int result;

    @Override
    public void run() {
        new Thread(() -> result = 42, "worker").start();
        if (result != 42) {
            throw new AssertionError("result " + result + ": the worker was never joined");
        }
    }
}
