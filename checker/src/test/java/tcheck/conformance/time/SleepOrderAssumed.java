package tcheck.conformance.time;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * T1 sleeps 10 ms and appends 1, T2 sleeps 50 ms and appends 2; the program assumes the order
 * [1, 2]. A sleep is a lower bound, not a schedule: if T1 is descheduled after waking (or starts
 * late), T2 appends first. A real JVM can show [2, 1]: an invariant violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class SleepOrderAssumed implements Runnable {
    private final List<Integer> order = new CopyOnWriteArrayList<>();

    private void after(long ms, int value) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        order.add(value);
    }

    @Override
    public void run() {
        Thread t1 = new Thread(() -> after(10, 1), "T1");
        Thread t2 = new Thread(() -> after(50, 2), "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!order.equals(List.of(1, 2))) {
            throw new AssertionError("order " + order + ": the shorter sleep did not finish first");
        }
    }
}
