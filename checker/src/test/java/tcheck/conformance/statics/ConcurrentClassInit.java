package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads use a holder class at the same time; its static initializer counts how often it ran
 * and fills a table. The JVM runs a class's initializer exactly once, and a second thread that
 * needs the class waits until initialization is complete, so both see the full table and the
 * initializer ran once. Correct on every JVM: verified. (If the initializer has scheduling points,
 * the checker must model the JVM's class-initialization lock, or it will hang or cry wolf.)
 */
@Expect(VERIFIED)
public class ConcurrentClassInit implements Runnable {
    static final AtomicInteger RUNS = new AtomicInteger();

    static final class Table {
        static final int[] VALUES = new int[3];

        static {
            RUNS.incrementAndGet();
            for (int i = 0; i < VALUES.length; i++) {
                VALUES[i] = i + 1;
            }
        }
    }

    private void use() {
        if (Table.VALUES[2] != 3) {
            throw new AssertionError("saw a half-initialized table: " + Table.VALUES[2]);
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(this::use, "A");
        Thread b = new Thread(this::use, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (RUNS.get() != 1) {
            throw new AssertionError("the static initializer ran " + RUNS.get() + " times");
        }
    }
}
