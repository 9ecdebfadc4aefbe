package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * The program's constructor throws {@code IllegalStateException("bad config: no port")}, so there
 * is no program to run. On a real JVM the user sees that exception. The checker cannot explore
 * anything: the verdict is an error whose message shows the user's own exception and message,
 * not an internal error of the checker and not a crash.
 */
@Expect(value = ERROR, message = {"IllegalStateException", "bad config: no port"})
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
