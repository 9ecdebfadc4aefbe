package tcheck.conformance.queues;

import tcheck.conformance.Expect;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * {@code poll(20 ms)} on a queue nobody fills must return null after the timeout, and
 * {@code offer(x, 20 ms)} on a full queue nobody drains must return false. Both are timeouts that
 * must expire (not deadlocks) on every JVM: correct, verified.
 */
@Expect(VERIFIED)
public class PollTimeoutOnEmpty implements Runnable {
    private final ArrayBlockingQueue<Integer> empty = new ArrayBlockingQueue<>(1);
    private final ArrayBlockingQueue<Integer> full = new ArrayBlockingQueue<>(1);
    private volatile Integer polled = 0;
    private volatile boolean offered = true;

    @Override
    public void run() {
        full.add(0);
        Thread t = new Thread(() -> {
            try {
                polled = empty.poll(20, TimeUnit.MILLISECONDS);
                offered = full.offer(1, 20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (polled != null || offered) {
            throw new AssertionError("polled " + polled + ", offered " + offered);
        }
    }
}
