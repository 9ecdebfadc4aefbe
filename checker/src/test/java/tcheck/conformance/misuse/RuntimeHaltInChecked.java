package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * A worker calls {@code Runtime.getRuntime().halt(5)}, which ends the JVM at once (no shutdown
 * hooks). As for {@code System.exit}: the proposed verdict is an error naming the call and where,
 * never a counterexample or "verified", and never the end of the checker's JVM. Explored in a JVM
 * of its own.
 */
@Expect(value = ERROR, message = {"halt", "RuntimeHaltInChecked.java"}, ownJvm = true)
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
