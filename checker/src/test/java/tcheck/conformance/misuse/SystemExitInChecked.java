package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A worker calls {@code System.exit(3)} (a library "giving up"). On a real JVM this ends the whole
 * process with status 3, and none of the program's own checks run. The verdict: a counterexample,
 * because it is something the program does on a real JVM, reproducibly, and the user must see it,
 * whose message names the call, its status and where (the kind may be a dedicated "exit", or
 * "exception" as an abrupt end of the program); never "verified", never tcheck's own exit status,
 * never the end of the checker's JVM. Explored in a JVM of its own so that a checker that lets the
 * call through fails this test instead of killing the build.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"exit", "exception"}, message = {"System.exit(3)", "SystemExitInChecked.java"}, ownJvm = true)
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
