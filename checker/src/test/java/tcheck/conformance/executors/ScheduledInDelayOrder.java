package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * On a ONE-thread {@code ScheduledThreadPoolExecutor}, a task due in 50 ms is scheduled before a
 * task due in 10 ms. The single worker always takes the task that is due first (its queue is
 * ordered by trigger time), so the order is [10, 50] on every JVM. Correct: verified or bounded. A
 * virtual clock must keep the delays' order where the JDK guarantees it (unlike two sleeping
 * threads, see time/SleepOrderAssumed).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class ScheduledInDelayOrder implements Runnable {
    private final List<Integer> order = new CopyOnWriteArrayList<>();

    @Override
    public void run() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        pool.schedule(() -> order.add(50), 50, TimeUnit.MILLISECONDS);
        pool.schedule(() -> order.add(10), 10, TimeUnit.MILLISECONDS);
        pool.shutdown(); // delayed tasks still run after shutdown by default
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a timeout only means "not yet": a thread can be kept waiting for any time
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!order.equals(List.of(10, 50))) {
            throw new AssertionError("order " + order);
        }
    }
}
