package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The notifier sets the flag, calls {@code notify()}, and only then sets {@code value}, all in one
 * {@code synchronized} block. A woken waiter must re-acquire the monitor before {@code wait()}
 * returns, which it cannot do until the notifier leaves the block, so it always sees
 * {@code value == 2}. Correct on every JVM: verified. (A checker that lets the waiter run right at
 * the notify would report a false alarm.)
 */
@Expect(VERIFIED)
public class WokenWaiterReacquiresLast implements Runnable {
    private final Object m = new Object();
    private boolean flag;
    private int value;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            synchronized (m) {
                while (!flag) {
                    try {
                        m.wait();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                if (value != 2) {
                    throw new AssertionError("woke with value " + value + " before the notifier left the monitor");
                }
            }
        }, "waiter");
        waiter.start();
        synchronized (m) {
            flag = true;
            value = 1;
            m.notify();
            value = 2;
        }
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
