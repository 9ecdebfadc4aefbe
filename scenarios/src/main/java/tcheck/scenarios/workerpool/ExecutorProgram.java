package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker pool the JDK way: a fixed pool of n threads (W1..Wn), the tasks handed to it with
 * {@code execute}, then {@code shutdown()} (no more tasks: the pool's own poison pill, one per worker,
 * counted for you) and {@code awaitTermination} (the seed's {@code myqueue.join()} and the joins of
 * the worker threads in one). The pool's queue is its own {@code BlockingQueue}, and it marks tasks
 * done itself: nothing is left to forget. Afterwards every task must have been processed exactly once.
 */
final class ExecutorProgram implements Program {
    private final Tasks tasks;
    private final int workers;

    ExecutorProgram(Bound bound) {
        this.tasks = new Tasks(bound.operations());
        this.workers = bound.threads();
    }

    @Override
    public void run() {
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                work -> new Thread(work, "W" + started.incrementAndGet()));
        Tasks shared = tasks;
        for (int task = 1; task <= tasks.count(); task++) {
            int t = task;
            pool.execute(() -> shared.process(t));
        }
        pool.shutdown(); // no more tasks: each worker stops once the queue is empty
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // still working after a minute: keep waiting (a timed wait may end before the pool does)
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pool", e);
        }
    }

    @Override
    public void check() {
        for (int t = 1; t <= tasks.count(); t++) {
            if (tasks.processed[t - 1] != 1) {
                throw Violation.invariant("task " + t + " was processed " + tasks.processed[t - 1] + " times, expected once");
            }
        }
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("processed", Program.ints(tasks.processed));
        return state;
    }
}
