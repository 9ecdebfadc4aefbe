package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread joins itself ({@code Thread.currentThread().join()}): join waits while the thread is
 * alive, and it is alive as long as it waits. It blocks forever on every JVM, and main waits to
 * join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class JoinSelf implements Runnable {
    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
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
