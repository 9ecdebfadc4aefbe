package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicBoolean;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The same hand-over with {@code setRelease} and {@code getAcquire}: the release orders the write of
 * {@code data} before it, the acquire that sees the flag orders the read after it. No race: verified.
 */
@Expect(VERIFIED)
public class ReleaseAcquireFlag implements Runnable {
    private int data;
    private final AtomicBoolean ready = new AtomicBoolean();

    @Override
    public void run() {
        Thread writer = new Thread(() -> {
            data = 42;
            ready.setRelease(true);
        }, "writer");
        Thread reader = new Thread(() -> {
            if (ready.getAcquire() && data != 42) {
                throw new AssertionError("data " + data);
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
