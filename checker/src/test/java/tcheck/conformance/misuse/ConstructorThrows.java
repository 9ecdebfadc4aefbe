package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The program's constructor throws {@code IllegalStateException("bad config: no port")}. On a real
 * JVM, {@code new ConstructorThrows().run()} fails with exactly that exception, in every run: it is
 * the program's own failure, so the verdict is a counterexample of kind exception whose message
 * shows the user's exception and message (not an internal error of the checker, not a crash).
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception", message = {"IllegalStateException", "bad config: no port"})
public class ConstructorThrows implements Runnable {
    private final int port;

    public ConstructorThrows() {
        String configured = System.getProperty("tcheck.conformance.no-such-port");
        if (configured == null) {
            throw new IllegalStateException("bad config: no port");
        }
        port = Integer.parseInt(configured);
    }

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            if (port < 0) {
                throw new AssertionError("port " + port);
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
