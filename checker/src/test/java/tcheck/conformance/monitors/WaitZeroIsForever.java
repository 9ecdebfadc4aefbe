package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code wait(0)} is not a zero timeout: the Javadoc says a timeout of zero means wait without a
 * time limit, as {@code wait()}. Nobody notifies, so the thread waits forever on every JVM and main
 * waits to join it: a deadlock (a checker that treats every {@code wait(long)} as timed calls it
 * verified).
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class WaitZeroIsForever implements Runnable {
    private final Object m = new Object();

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            synchronized (m) {
                try {
                    m.wait(0);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
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
