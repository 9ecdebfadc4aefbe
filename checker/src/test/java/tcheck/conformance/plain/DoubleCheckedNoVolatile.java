package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Double-checked locking with a non-volatile instance field. On a real JVM the unsynchronized first
 * check can see the reference before the constructor's writes (a half-built object). Under
 * sequential consistency, which is what an interleaving explorer runs, that outcome cannot happen,
 * so the assertion cannot fail; the honest finding is the data race on {@code instance} (the
 * unsynchronized read against the write inside the lock), which is exactly the bug.
 */
@Expect(value = COUNTEREXAMPLE, kind = "data-race")
public class DoubleCheckedNoVolatile implements Runnable {
    static final class Config {
        int port;

        Config() {
            port = 8080;
        }
    }

    private Config instance;

    Config get() {
        if (instance == null) {
            synchronized (this) {
                if (instance == null) {
                    instance = new Config();
                }
            }
        }
        return instance;
    }

    @Override
    public void run() {
        Runnable use = () -> {
            if (get().port != 8080) {
                throw new AssertionError("half-constructed instance");
            }
        };
        Thread a = new Thread(use, "A");
        Thread b = new Thread(use, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
