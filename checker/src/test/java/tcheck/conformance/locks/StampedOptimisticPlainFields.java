package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The {@code StampedLock} Javadoc's {@code Point}, as written there: plain fields. The reader's
 * optimistic reads race with the writer that takes the write lock meanwhile, but then
 * {@code validate(stamp)} says false and the reader throws those values away and reads again under
 * the read lock; a validated optimistic read had no writer in between. Correct, verified: the
 * discarded reads are no data race to report.
 */
@Expect(VERIFIED)
public class StampedOptimisticPlainFields implements Runnable {
    private final StampedLock sl = new StampedLock();
    private int x;
    private int y;

    @Override
    public void run() {
        Thread writer = new Thread(() -> {
            long stamp = sl.writeLock();
            try {
                x++;
                y++;
            } finally {
                sl.unlockWrite(stamp);
            }
        }, "writer");
        Thread reader = new Thread(() -> {
            long stamp = sl.tryOptimisticRead();
            int a = x;
            int b = y;
            if (!sl.validate(stamp)) {
                stamp = sl.readLock();
                try {
                    a = x;
                    b = y;
                } finally {
                    sl.unlockRead(stamp);
                }
            }
            if (a != b) {
                throw new AssertionError("torn pair " + a + "," + b);
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
