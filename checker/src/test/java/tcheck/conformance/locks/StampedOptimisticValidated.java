package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The optimistic-read pattern of the {@code StampedLock} Javadoc: the reader takes a stamp, reads
 * both coordinates, and if {@code validate(stamp)} fails (a write happened) re-reads under the read
 * lock. The writer changes both under the write lock, keeping {@code x == y}. A validated optimistic
 * read never mixes two versions, so the check holds; the fields are volatile so that the optimistic
 * reads are not data races either: correct, verified.
 */
@Expect(VERIFIED)
public class StampedOptimisticValidated implements Runnable {
    private final StampedLock sl = new StampedLock();
    private volatile int x;
    private volatile int y;

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
