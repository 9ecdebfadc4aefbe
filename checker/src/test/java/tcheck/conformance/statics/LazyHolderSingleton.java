package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The lazy initialization holder idiom: two threads call {@code instance()}, which reads a static
 * final field of a nested class. Class initialization is thread-safe and happens-before any use,
 * so both get the same fully constructed object. Correct on every JVM: verified, with no data race
 * on the object's plain field.
 */
@Expect(VERIFIED)
public class LazyHolderSingleton implements Runnable {
    static final class Config {
        int port;

        Config() {
            port = 8080;
        }
    }

    static final class Holder {
        static final Config INSTANCE = new Config();
    }

    static Config instance() {
        return Holder.INSTANCE;
    }

    private volatile Config seenByA;
    private volatile Config seenByB;

    @Override
    public void run() {
        Thread a = new Thread(() -> seenByA = instance(), "A");
        Thread b = new Thread(() -> seenByB = instance(), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seenByA != seenByB || seenByA.port != 8080) {
            throw new AssertionError("two instances, or a half-constructed one");
        }
    }
}
