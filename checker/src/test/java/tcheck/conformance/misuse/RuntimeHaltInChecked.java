package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A worker calls {@code Runtime.getRuntime().halt(5)}, which ends the JVM at once (no shutdown
 * hooks). As for {@code System.exit} (see {@code SystemExitInChecked}): a counterexample naming the
 * call, its status and where; never "verified", never the end of the checker's JVM. Explored in a
 * JVM of its own.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"exit", "exception"}, message = {"halt(5)", "RuntimeHaltInChecked.java"}, ownJvm = true)
public class RuntimeHaltInChecked implements Runnable {
    @Override
    public void run() {
        Thread t = new Thread(() -> Runtime.getRuntime().halt(5), "halter");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
