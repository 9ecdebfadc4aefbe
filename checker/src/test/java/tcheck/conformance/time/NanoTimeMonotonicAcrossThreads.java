package tcheck.conformance.time;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A writer reads {@code System.nanoTime()} and publishes it through a volatile field; a reader that
 * sees the published value reads {@code nanoTime()} afterwards and expects a value no smaller. The
 * JVM's nanoTime is monotonic for all threads, and the volatile write happens-before the read that
 * sees it: correct on every JVM, verified. A virtual clock must be one clock, not one per thread.
 */
@Expect(VERIFIED)
public class NanoTimeMonotonicAcrossThreads implements Runnable {
    private volatile long published = -1;
    private volatile String problem;

    @Override
    public void run() {
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            published = System.nanoTime();
        }, "writer");
        Thread reader = new Thread(() -> {
            long seen = published;
            if (seen >= 0) {
                long now = System.nanoTime();
                if (now < seen) {
                    problem = "nanoTime went back: " + seen + " then " + now;
                }
            }
        }, "reader");
        writer.start();
        reader.start();
        try {
            writer.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }
}
