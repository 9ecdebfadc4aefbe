package tcheck.conformance.atomics;

import tcheck.conformance.Expect;

import java.util.concurrent.atomic.AtomicBoolean;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A plain field published by a flag set and read in opaque mode: opaque accesses are atomic and
 * coherent, but order nothing else, so the reader that sees the flag may still read the field's old
 * value (ARM and POWER show it). The write and the read of {@code data} race.
 */
@Expect(value = COUNTEREXAMPLE, kind = "data-race")
public class OpaqueFlagOrdersNothing implements Runnable {
    private int data;
    private final AtomicBoolean ready = new AtomicBoolean();

    @Override
    public void run() {
        Thread writer = new Thread(() -> {
            data = 42;
            ready.setOpaque(true);
        }, "writer");
        Thread reader = new Thread(() -> {
            if (ready.getOpaque() && data != 42) {
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
