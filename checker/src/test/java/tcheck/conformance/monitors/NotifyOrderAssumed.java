package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two waiters wait on one monitor, and main, once both are waiting, calls {@code notify()} once and
 * assumes the FIRST waiter wakes (FIFO). The JLS says notify wakes an "arbitrary" waiting thread:
 * HotSpot's order is an implementation detail. A checker must explore either waiter being woken,
 * so the assumption fails: an invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class NotifyOrderAssumed implements Runnable {
    private final Object m = new Object();
    private final List<String> arrived = new CopyOnWriteArrayList<>();
    private final List<String> woke = new CopyOnWriteArrayList<>();
    private final CountDownLatch bothArrived = new CountDownLatch(2);

    private void await(String me) {
        synchronized (m) {
            arrived.add(me);
            bothArrived.countDown(); // still holding m: main gets m only once this waiter waits
            try {
                m.wait();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            woke.add(me);
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> await("A"), "A");
        Thread b = new Thread(() -> await("B"), "B");
        a.start();
        b.start();
        try {
            bothArrived.await();
            synchronized (m) {
                m.notify();
            }
            synchronized (m) {
                m.notify();
            }
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!woke.get(0).equals(arrived.get(0))) {
            throw new AssertionError("notify() woke " + woke.get(0) + ", not the first waiter " + arrived.get(0));
        }
    }
}
