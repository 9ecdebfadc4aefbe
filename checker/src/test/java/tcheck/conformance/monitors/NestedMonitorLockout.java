package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Nested monitor lockout: the waiter holds {@code outer} and {@code inner} and calls
 * {@code inner.wait()}, which releases only {@code inner}; the signaller must take {@code outer}
 * before it can set the flag and notify. Whenever the waiter gets in first, the signaller blocks
 * on {@code outer} forever and the waiter waits forever: a deadlock on every JVM.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class NestedMonitorLockout implements Runnable {
    private final Object outer = new Object();
    private final Object inner = new Object();
    private boolean ready;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            synchronized (outer) {
                synchronized (inner) {
                    while (!ready) {
                        try {
                            inner.wait();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }, "waiter");
        Thread signaller = new Thread(() -> {
            synchronized (outer) {
                synchronized (inner) {
                    ready = true;
                    inner.notifyAll();
                }
            }
        }, "signaller");
        waiter.start();
        signaller.start();
        try {
            waiter.join();
            signaller.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
