package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The holder keeps the lock until the other thread's timed {@code tryLock(50 ms)} is over, and the
 * other thread assumes a generous timeout always succeeds. It cannot: the lock is held for the whole
 * timeout, so on every JVM the tryLock returns false and the assertion fails (invariant).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class TimedTryLockAssumedToSucceed implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final CountDownLatch taken = new CountDownLatch(1);
    private final CountDownLatch tried = new CountDownLatch(1);

    @Override
    public void run() {
        Thread holder = new Thread(() -> {
            lock.lock();
            try {
                taken.countDown();
                tried.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.unlock();
            }
        }, "holder");
        holder.start();
        try {
            taken.await();
            boolean got = lock.tryLock(50, TimeUnit.MILLISECONDS);
            tried.countDown();
            holder.join();
            if (!got) {
                throw new AssertionError("tryLock(50 ms) timed out: the lock was held");
            }
            lock.unlock();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
