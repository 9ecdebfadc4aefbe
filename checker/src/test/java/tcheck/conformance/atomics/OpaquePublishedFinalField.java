package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicReference;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The same publication through {@code setOpaque}, of an object whose field is final: a thread that
 * sees the reference sees the final field as its constructor set it (JLS 17.5), however it got the
 * reference. Verified.
 */
@Expect(VERIFIED)
public class OpaquePublishedFinalField implements Runnable {
    static final class Box {
        final int value;

        Box(int value) {
            this.value = value;
        }
    }

    private final AtomicReference<Box> ref = new AtomicReference<>();

    @Override
    public void run() {
        Thread writer = new Thread(() -> ref.setOpaque(new Box(42)), "writer");
        Thread reader = new Thread(() -> {
            Box b = ref.getOpaque();
            if (b != null && b.value != 42) {
                throw new AssertionError("value " + b.value);
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
