package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The holder takes the lock and keeps it until the other thread has finished its timed
 * {@code tryLock(50 ms)}; the other thread waits for the lock to be taken first. So the timed
 * tryLock can only time out and return false, which the program asserts. Correct on every JVM;
 * the explorer must let the timeout expire (not report a deadlock) and never let it succeed.
 */
@Expect(VERIFIED)
public class TimedTryLockTimesOut implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final CountDownLatch taken = new CountDownLatch(1);
    private final CountDownLatch tried = new CountDownLatch(1);
    private volatile boolean got;

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
        Thread trier = new Thread(() -> {
            try {
                taken.await();
                got = lock.tryLock(50, TimeUnit.MILLISECONDS);
                if (got) {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                tried.countDown();
            }
        }, "trier");
        holder.start();
        trier.start();
        try {
            holder.join();
            trier.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (got) {
            throw new AssertionError("tryLock(50 ms) succeeded while the lock was held throughout");
        }
    }
}
