package tcheck.scenarios.workerpool;

/**
 * A worker that stops at the poison pill without marking the pill done: the main thread's
 * {@code queue.join()} waits for ever for a task nobody will finish.
 *
 * <p>Two seeds, put together as a reader would. Seed {@code 003_db7905cd5774b6a8.txt} lines 236-262
 * waits for the workers with {@code myqueue.join()} and marks every task done in a {@code finally}
 * (its workers are daemons that never stop). Seed {@code 004_fbb8ff1068e5a4f0.txt} lines 1536-1541
 * stops a worker with a pill: {@code if item is None: break}, <em>before</em> {@code task_done()}.
 * Putting a pill per worker and then calling {@code join()} combines the two, and the pills, put
 * like any task, are counted as unfinished and never marked done: {@code join()} never returns. Every
 * worker has stopped cleanly, the main thread waits, and nothing will ever wake it. The broken
 * property: no deadlock. {@code task_done()} belongs in a {@code finally} that every item taken goes
 * through, pill or not ({@link PillDoneWorker}).
 */
final class PillNotDoneWorker implements Runnable {
    private final TaskQueue queue;
    private final Tasks tasks;

    PillNotDoneWorker(TaskQueue queue, Tasks tasks) {
        this.queue = queue;
        this.tasks = tasks;
    }

    @Override
    public void run() {
        try {
            while (true) {
                int task = queue.take();
                if (task == Tasks.PILL) {
                    break; // BUG: the pill is never marked done, so queue.join() waits for it for ever
                }
                try {
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
