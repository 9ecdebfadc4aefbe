package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two workers each write their slot of a plain array and then count a latch down; main awaits the
 * latch and reads both slots (it never joins). {@code countDown()} happens-before the return of
 * {@code await()}, so main sees both writes and there is no data race: correct, verified.
 */
@Expect(VERIFIED)
public class LatchPublishesResults implements Runnable {
    private final CountDownLatch done = new CountDownLatch(2);
    private final int[] results = new int[2];

    @Override
    public void run() {
        for (int i = 0; i < 2; i++) {
            int slot = i;
            new Thread(() -> {
                results[slot] = slot + 1;
                done.countDown();
            }, "W" + i).start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (results[0] != 1 || results[1] != 2) {
            throw new AssertionError("results " + results[0] + "," + results[1]);
        }
    }
}
