package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * An {@code InheritableThreadLocal} set by main before it creates a child: the child sees main's
 * value (copied when the Thread object is created), and its own change does not leak back to main.
 * Specified behavior on every JVM: verified. (The checker's own threads must not stand between
 * parent and child.)
 */
@Expect(VERIFIED)
public class InheritableThreadLocalSeen implements Runnable {
    private final InheritableThreadLocal<String> context = new InheritableThreadLocal<>();
    private volatile String seenByChild;

    @Override
    public void run() {
        context.set("request-42");
        Thread child = new Thread(() -> {
            seenByChild = context.get();
            context.set("child's own");
        }, "child");
        child.start();
        try {
            child.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!"request-42".equals(seenByChild) || !"request-42".equals(context.get())) {
            throw new AssertionError("child saw " + seenByChild + ", main has " + context.get());
        }
    }
}
