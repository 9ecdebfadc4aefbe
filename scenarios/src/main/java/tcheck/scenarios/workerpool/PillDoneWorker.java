package tcheck.scenarios.workerpool;

/**
 * The worker of seed {@code 003_db7905cd5774b6a8.txt} lines 236-249 (take, process, {@code task_done()}
 * in {@code finally}) that also stops at a poison pill ({@code 004_fbb8ff1068e5a4f0.txt} line 1537),
 * inside the {@code try}: every item taken, task or pill, is marked done exactly once, so the main
 * thread's {@code queue.join()} returns once all are processed, and the worker's thread ends, so the
 * main thread can join it as well (Java's threads are not killed at exit as the seed's daemons are).
 * One pill per worker stops them all: each worker takes exactly one pill and stops taking.
 */
final class PillDoneWorker implements Runnable {
    private final TaskQueue queue;
    private final Tasks tasks;

    PillDoneWorker(TaskQueue queue, Tasks tasks) {
        this.queue = queue;
        this.tasks = tasks;
    }

    @Override
    public void run() {
        try {
            while (true) {
                int task = queue.take();
                try {
                    if (task == Tasks.PILL) {
                        return; // stop; the finally marks the pill done
                    }
                    tasks.process(task);
                } finally {
                    queue.taskDone();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
