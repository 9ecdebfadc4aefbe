package tcheck.conformance.time;

import tcheck.conformance.Expect;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The textbook timed wait: await a condition with {@code awaitNanos} in a loop until a flag is set
 * or the 30 ms budget is spent. Nobody sets the flag, so the loop ends by timeout, and at least
 * 30 ms have passed by {@code System.nanoTime()}. Correct on every JVM: verified (a timed wait that
 * never times out would be a false deadlock; one that returns early without time passing would
 * make the measurement fail).
 */
@Expect(VERIFIED)
public class AwaitNanosTimesOut implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    private volatile long waitedNanos = -1;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            lock.lock();
            try {
                long left = TimeUnit.MILLISECONDS.toNanos(30);
                while (!flag && left > 0) {
                    left = changed.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.unlock();
            }
            waitedNanos = System.nanoTime() - start;
        }, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (waitedNanos < TimeUnit.MILLISECONDS.toNanos(30)) {
            throw new AssertionError("the timed wait ended after " + waitedNanos + " ns, before its 30 ms");
        }
    }
}
