package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.StampedLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The same optimistic read without {@code validate(stamp)}: the reader can read {@code x} before
 * the writer's update and {@code y} after it, and sees {@code x != y}. A real JVM shows this when
 * the reader is preempted between its two reads (the fields are volatile, so this is the only
 * finding, an invariant violation).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class StampedOptimisticNotValidated implements Runnable {
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
            sl.tryOptimisticRead(); // the stamp is never validated: that is the bug
            int a = x;
            int b = y;
            if (a != b) {
                throw new AssertionError("torn pair " + a + "," + b + " (stamp never validated)");
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
