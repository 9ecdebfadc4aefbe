package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A timed {@code tryLock} on a free lock, in a worker main interrupts right after starting it: the
 * timed form is interruptible and looks at the interrupt first, so it can throw
 * {@code InterruptedException} although the lock was free (the untimed {@code tryLock()} never does).
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class InterruptBeforeTimedTryLock implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean thrown;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            try {
                if (lock.tryLock(1, TimeUnit.SECONDS)) {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                thrown = true;
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (thrown) {
            throw new AssertionError("tryLock of a free lock threw: the interrupt came first");
        }
    }
}
