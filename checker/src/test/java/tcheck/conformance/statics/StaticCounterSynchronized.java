package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads increment a {@code static} counter in a {@code static synchronized} method; main
 * checks it is 2. Correct on a real JVM, where the program runs once in a fresh JVM. A checker that
 * runs the program many times in one JVM must start every execution from the same static state:
 * on the second execution a leaked counter would read 4 and cry wolf.
 */
@Expect(VERIFIED)
public class StaticCounterSynchronized implements Runnable {
    private static int count;

    private static synchronized void increment() {
        count++;
    }

    private static synchronized int count() {
        return count;
    }

    @Override
    public void run() {
        Thread a = new Thread(StaticCounterSynchronized::increment, "A");
        Thread b = new Thread(StaticCounterSynchronized::increment, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count() != 2) {
            throw new AssertionError("static count " + count() + ", expected 2");
        }
    }
}
