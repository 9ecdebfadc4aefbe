package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread waits with {@code awaitUninterruptibly()} until a flag is set; main interrupts it, then
 * sets the flag and signals. The interrupt does not end the wait; the thread returns only after the
 * signal, with its interrupt flag set, as the JDK specifies. Correct on every JVM: verified.
 */
@Expect(VERIFIED)
public class AwaitUninterruptiblyKeepsFlag implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition cond = lock.newCondition();
    private boolean ready;
    private volatile String problem;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            lock.lock();
            try {
                while (!ready) {
                    cond.awaitUninterruptibly();
                }
                if (!Thread.currentThread().isInterrupted()) {
                    problem = "the interrupt flag was lost";
                }
            } finally {
                lock.unlock();
            }
        }, "T");
        t.start();
        t.interrupt();
        lock.lock();
        try {
            ready = true;
            cond.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }
}
