package tcheck.scenarios.workerpool;

/**
 * A task queue with its tasks and pills already put, and two workers, for threads the program does
 * not start itself (jcstress actors): wired as {@link WorkersProgram} does, with no behaviour of its
 * own. Only {@code worker-pool/pill-per-worker} is offered: the buggy variants leave an actor (or the
 * main thread) waiting for ever, and jcstress cannot run an actor that never returns.
 */
public final class StressWorkers {
    private final TaskQueue queue = new TaskQueue();
    private final Tasks tasks;
    private final Runnable[] workers = new Runnable[2];

    private StressWorkers(int taskCount) {
        tasks = new Tasks(taskCount);
        for (int t = 1; t <= taskCount; t++) {
            queue.put(t);
        }
        queue.put(Tasks.PILL);
        queue.put(Tasks.PILL);
        workers[0] = new PillDoneWorker(queue, tasks);
        workers[1] = new PillDoneWorker(queue, tasks);
    }

    /** {@code worker-pool/pill-per-worker} with {@code taskCount} tasks and one pill for each of two workers. */
    public static StressWorkers pillPerWorker(int taskCount) {
        return new StressWorkers(taskCount);
    }

    /** Worker 1 or 2 runs until it takes its pill, on the calling thread. */
    public void work(int worker) {
        workers[worker - 1].run();
    }

    /** How often each task was processed, then the unfinished count: "1, 1, 0" for two tasks done right. */
    public String outcome() {
        StringBuilder s = new StringBuilder();
        for (int p : tasks.processed) {
            s.append(p).append(", ");
        }
        return s.append(queue.unfinished).toString();
    }
}
