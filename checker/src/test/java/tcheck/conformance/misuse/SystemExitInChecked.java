package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * A worker calls {@code System.exit(3)} (a library "giving up"). On a real JVM this ends the whole
 * process, so none of the program's own checks run and no verdict about them is possible. Proposed
 * verdict: {@code error}, whose message says that checked code called {@code System.exit} (and
 * where); never a counterexample of the program's property, never "verified", and never tcheck's
 * own exit status or the end of the checker's JVM. Explored in a JVM of its own so that a checker
 * that lets the call through fails this test instead of killing the build.
 */
@Expect(value = ERROR, message = {"System.exit", "SystemExitInChecked.java"}, ownJvm = true)
public class SystemExitInChecked implements Runnable {
    private volatile boolean done;

    @Override
    public void run() {
        Thread quitter = new Thread(() -> {
            done = true;
            System.exit(3);
        }, "quitter");
        quitter.start();
        try {
            quitter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!done) {
            throw new AssertionError("unreachable on a real JVM");
        }
    }
}
