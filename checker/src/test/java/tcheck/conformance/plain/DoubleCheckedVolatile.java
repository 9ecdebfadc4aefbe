package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Double-checked locking done right: the instance field is {@code volatile}, so publishing the
 * reference happens-before any read that sees it, both threads get the same fully built object,
 * and there is no data race. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class DoubleCheckedVolatile implements Runnable {
    static final class Config {
        int port;

        Config() {
            port = 8080;
        }
    }

    private volatile Config instance;
    private volatile Config seenByA;
    private volatile Config seenByB;

    Config get() {
        Config c = instance;
        if (c == null) {
            synchronized (this) {
                c = instance;
                if (c == null) {
                    c = new Config();
                    instance = c;
                }
            }
        }
        return c;
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> seenByA = get(), "A");
        Thread b = new Thread(() -> seenByB = get(), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seenByA != seenByB || seenByA.port != 8080) {
            throw new AssertionError("two instances or a half-built one");
        }
    }
}
