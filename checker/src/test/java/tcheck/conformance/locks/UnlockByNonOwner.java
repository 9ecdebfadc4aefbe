package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The main thread locks; a helper thread "releases it for" main. {@code ReentrantLock.unlock()} by a
 * thread that does not hold the lock throws {@code IllegalMonitorStateException} on every JVM, so
 * the helper dies with an uncaught exception (kind exception), and main then unlocks normally.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class UnlockByNonOwner implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public void run() {
        lock.lock();
        Thread helper = new Thread(lock::unlock, "helper");
        helper.start();
        try {
            helper.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            lock.unlock();
        }
    }
}
