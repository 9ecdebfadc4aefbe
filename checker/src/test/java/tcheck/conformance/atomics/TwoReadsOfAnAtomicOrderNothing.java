package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Both threads only read the atomic: a volatile read synchronizes with the write it reads from, never
 * with another read, so nothing orders the first thread's write of {@code data} before the second's
 * read of it. A data race.
 */
@Expect(value = COUNTEREXAMPLE, kind = "data-race")
public class TwoReadsOfAnAtomicOrderNothing implements Runnable {
    private int data;
    private final AtomicInteger version = new AtomicInteger();
    private int seen;

    @Override
    public void run() {
        Thread first = new Thread(() -> {
            data = 42;
            version.get();
        }, "first");
        Thread second = new Thread(() -> {
            version.get();
            seen = data;
        }, "second");
        first.start();
        second.start();
        try {
            first.join();
            second.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
