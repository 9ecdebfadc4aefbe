package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * An optimistic read that validates is no shield against a writer that never takes the lock: the
 * stamp does not change, {@code validate} says true, and the reader keeps a value read with nothing
 * ordering it after the write (or before it). A data race, reported as one: only the reads that
 * {@code validate} throws away are spared.
 */
@Expect(value = COUNTEREXAMPLE, kind = "data-race")
public class StampedOptimisticUnlockedWriter implements Runnable {
    private final StampedLock sl = new StampedLock();
    private int x;

    @Override
    public void run() {
        Thread writer = new Thread(() -> x = 1, "writer"); // no lock at all
        int[] seen = new int[1];
        Thread reader = new Thread(() -> {
            long stamp = sl.tryOptimisticRead();
            int a = x;
            if (!sl.validate(stamp)) {
                stamp = sl.readLock();
                try {
                    a = x;
                } finally {
                    sl.unlockRead(stamp);
                }
            }
            seen[0] = a;
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
