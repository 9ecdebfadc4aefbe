package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread calls {@code signal()} on a {@code Condition} without holding its lock. The JDK throws
 * {@code IllegalMonitorStateException} every time: an uncaught exception in that thread.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class ConditionAwaitWithoutLock implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();

    @Override
    public void run() {
        Thread t = new Thread(ready::signal, "T");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
