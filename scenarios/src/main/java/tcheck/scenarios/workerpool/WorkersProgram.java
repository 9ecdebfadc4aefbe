package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The seeds' worker pool: the main thread fills a {@link TaskQueue} with tasks 1..m (and, in the
 * variants that stop their workers with pills, some pills after them), starts workers W1..Wn, waits
 * for the queue ({@code queue.join()}, seed {@code 003_db7905cd5774b6a8.txt} line 262) if the variant
 * does, and joins the worker threads (seed {@code 004_fbb8ff1068e5a4f0.txt} lines 1551-1552). Afterwards
 * every task must have been processed exactly once.
 */
final class WorkersProgram implements Program {
    private final TaskQueue queue = new TaskQueue();
    private final Tasks tasks;
    private final List<Runnable> workers = new ArrayList<>();
    private final int pills;
    private final boolean joinQueue;

    /**
     * @param pills     how many poison pills the main thread puts after the tasks
     * @param joinQueue whether the main thread waits with {@code queue.join()} before joining the workers
     */
    WorkersProgram(Bound bound, BiFunction<TaskQueue, Tasks, Runnable> worker, int pills, boolean joinQueue) {
        this.tasks = new Tasks(bound.operations());
        for (int i = 0; i < bound.threads(); i++) {
            workers.add(worker.apply(queue, tasks));
        }
        this.pills = pills;
        this.joinQueue = joinQueue;
    }

    @Override
    public void run() {
        for (int task = 1; task <= tasks.count(); task++) {
            queue.put(task);
        }
        for (int i = 0; i < pills; i++) {
            queue.put(Tasks.PILL);
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            threads.add(new Thread(workers.get(i), "W" + (i + 1)));
        }
        for (Thread t : threads) {
            t.start();
        }
        try {
            if (joinQueue) {
                queue.join();
            }
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
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
        state.put("queue", queue.waiting().stream().map(i -> i == Tasks.PILL ? "pill" : (Object) i).toList());
        state.put("unfinished", queue.unfinished);
        state.put("processed", Program.ints(tasks.processed));
        return state;
    }
}
