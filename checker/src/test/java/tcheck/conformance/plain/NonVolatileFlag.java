package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code VolatilePublication} with a plain flag. Under the Java memory model the reader may see the
 * flag and still not the data (the writes can be reordered), but a checker that explores
 * sequentially consistent interleavings cannot show that outcome. What it can and must say is that
 * the flag and the data are accessed by both threads without happens-before: a data race.
 */
@Expect(value = COUNTEREXAMPLE, kind = "data-race")
public class NonVolatileFlag implements Runnable {
    private int data;
    private boolean ready;

    @Override
    public void run() {
        Thread writer = new Thread(() -> {
            data = 42;
            ready = true;
        }, "writer");
        Thread reader = new Thread(() -> {
            if (ready && data != 42) {
                throw new AssertionError("saw the flag but data " + data);
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
    }
}
