package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicReference;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * An object with a plain field, published through {@code setOpaque}: the reader that gets the
 * reference is not ordered after the constructor's write of the field, and may read it unset (the
 * JMM allows it, weaker processors show it). The constructor's write and the reader's read race.
 */
@Expect(value = COUNTEREXAMPLE, kind = "data-race")
public class OpaquePublishedObject implements Runnable {
    static final class Box {
        int value;

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
