package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The workers are {@code Thread} subclasses overriding {@code run()}, incrementing a shared plain
 * counter. Same lost update as with Runnables: a real JVM loses one (invariant), and the accesses
 * race (data race).
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class ThreadSubclassRace implements Runnable {
    private int count;

    final class Worker extends Thread {
        Worker(String name) {
            super(name);
        }

        @Override
        public void run() {
            count++;
        }
    }

    @Override
    public void run() {
        Worker a = new Worker("A");
        Worker b = new Worker("B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
