package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * On a ONE-thread {@code ScheduledThreadPoolExecutor}, a task due in 50 ms is scheduled before a
 * task due in 10 ms, and the program assumes the order [10, 50]. The single worker takes the task
 * that is due first, but "first" is measured from when each was scheduled: if main is descheduled
 * for 40 ms between the two calls (a GC pause, a loaded machine), the 50 ms task is due before the
 * 10 ms one exists, and a real JVM prints [50, 10]. Like two sleeping threads (time/SleepOrderAssumed),
 * a delay is a lower bound, not an order: an invariant violation, reported with the schedule in which
 * the worker's timed wait ends before main schedules the second task.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
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
