package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The lock and its condition are created in a static initializer, and the state they guard is
 * static. A consumer awaits the condition in a loop until a producer sets the static flag and
 * signals. Correct on every JVM: verified, and on every execution (the static flag must start
 * false each time; the lock must be the checker's model, not a real one left held).
 */
@Expect(VERIFIED)
public class StaticLockFromInitializer implements Runnable {
    private static final ReentrantLock LOCK;
    private static final Condition READY;
    private static boolean ready;

    static {
        LOCK = new ReentrantLock();
        READY = LOCK.newCondition();
    }

    @Override
    public void run() {
        Thread consumer = new Thread(() -> {
            LOCK.lock();
            try {
                while (!ready) {
                    READY.await();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                LOCK.unlock();
            }
        }, "consumer");
        consumer.start();
        LOCK.lock();
        try {
            if (ready) {
                throw new AssertionError("the static flag was already set: state leaked from another execution");
            }
            ready = true;
            READY.signalAll();
        } finally {
            LOCK.unlock();
        }
        try {
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
