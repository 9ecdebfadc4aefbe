package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The writer sets a plain {@code data} field and then a {@code volatile} flag; the reader checks the
 * flag once and, if set, reads the data. The volatile write happens-before the read that sees it,
 * so a reader that sees the flag sees the data, and there is no data race: correct, verified.
 */
@Expect(VERIFIED)
public class VolatilePublication implements Runnable {
    private int data;
    private volatile boolean ready;

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
