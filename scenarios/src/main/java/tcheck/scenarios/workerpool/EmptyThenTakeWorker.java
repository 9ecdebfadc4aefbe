package tcheck.scenarios.workerpool;

/**
 * A worker that asks the queue whether it is empty, then takes: the last task goes to one worker, and
 * the other waits for ever for a task that will never come.
 *
 * <p>Seed {@code 004_fbb8ff1068e5a4f0.txt} lines 1530-1552 ("FIFO queue with multiple threads") runs
 * four of these over five items: {@code while not queue.empty(): item = queue.get()}. With one item left
 * and two workers, both see "not empty", one gets the item, and the other's {@code get()} blocks on an
 * empty queue, for ever: nobody will put anything again. The main thread, joining the workers (lines
 * 1551-1552), waits for it for ever too. It is the check-then-act race of the pcp-lock family again,
 * and this time the act does not fail, it waits. The seed's own output shows a lucky run. The broken
 * property: no deadlock (every thread finishes).
 */
final class EmptyThenTakeWorker implements Runnable {
    private final TaskQueue queue;
    private final Tasks tasks;

    EmptyThenTakeWorker(TaskQueue queue, Tasks tasks) {
        this.queue = queue;
        this.tasks = tasks;
    }

    @Override
    public void run() {
        try {
            while (!queue.isEmpty()) { // stale as soon as it is answered
                int task = queue.take(); // the other worker may have taken the last task: waits for ever
                tasks.process(task);
                queue.taskDone();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
