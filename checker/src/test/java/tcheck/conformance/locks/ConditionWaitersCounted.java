package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * The holder of a lock asks how many threads wait on its condition ({@code hasWaiters},
 * {@code getWaitQueueLength}) and signals only once the waiter is there: correct on every JVM, the
 * waiter always wakes. A checker that lets the JDK answer for a lock it models (whose real state it
 * never changes) throws {@code IllegalMonitorStateException} from a lock that is held. (Main's wait
 * for the waiter is a poll, so the search may honestly run out of steps.)
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 120)
public class ConditionWaitersCounted implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean go;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                while (!go) {
                    signalled.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
        }, "waiter");
        waiter.start();
        boolean signalledIt = false;
        while (!signalledIt) {
            lock.lock();
            try {
                if (lock.hasWaiters(signalled) && lock.getWaitQueueLength(signalled) == 1) {
                    go = true;
                    signalled.signal();
                    signalledIt = true;
                }
            } finally {
                lock.unlock();
            }
            Thread.yield();
        }
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
