package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread awaits a {@code Condition} in a loop for a flag nobody sets; main interrupts it.
 * {@code await()} throws {@code InterruptedException} after re-acquiring the lock (the thread then
 * holds it, which the program checks). Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class InterruptWakesConditionAwait implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition cond = lock.newCondition();
    private boolean never;
    private volatile boolean caughtHoldingLock;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            lock.lock();
            try {
                while (!never) {
                    cond.await();
                }
            } catch (InterruptedException e) {
                caughtHoldingLock = lock.isHeldByCurrentThread();
            } finally {
                lock.unlock();
            }
        }, "T");
        t.start();
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!caughtHoldingLock) {
            throw new AssertionError("await() did not end with InterruptedException holding the lock");
        }
    }
}
