package tcheck.scenarios.workerpool;

import java.util.LinkedList;
import java.util.List;

/**
 * The Java twin of Python's {@code queue.Queue} with {@code task_done()} and {@code join()}, which Java
 * does not have (a {@code BlockingQueue} has no count of unfinished tasks): every {@link #put(int)} adds
 * an unfinished task, every {@link #taskDone()} finishes one, and {@link #join()} waits until none is
 * left. Seed {@code 003_db7905cd5774b6a8.txt} line 268: "The join method on the queue blocks the main
 * thread until all items in the queue have been processed and completed (task_done is called for
 * them)".
 *
 * <p>Built like CPython's: one monitor. Takers wait while the queue is empty, joiners while tasks are
 * unfinished; both wait on the same monitor, so every change that can end a wait wakes everyone with
 * {@code notifyAll()} and each waiter re-checks its own condition in its {@code while}. A
 * {@code taskDone()} without a task to finish throws, as Python's {@code ValueError} does.
 */
public final class TaskQueue {
    /** Package-private so the scenario can show them in traces without the monitor. */
    final LinkedList<Integer> items = new LinkedList<>();
    int unfinished;

    public synchronized void put(int item) {
        items.addLast(item);
        unfinished++;
        notifyAll();
    }

    /** Python's {@code get()}: the oldest item, waiting while there is none. */
    public synchronized int take() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        return items.removeFirst();
    }

    /** Python's {@code empty()}: true if there is no item right now (by the time you act, that may be false). */
    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /** Python's {@code task_done()}: one task taken earlier is finished. */
    public synchronized void taskDone() {
        int left = unfinished - 1;
        if (left < 0) {
            throw new IllegalStateException("taskDone() called more times than there were items");
        }
        unfinished = left;
        if (left == 0) {
            notifyAll();
        }
    }

    /** Python's {@code join()}: waits until every item put has been taken and marked done. */
    public synchronized void join() throws InterruptedException {
        while (unfinished > 0) {
            wait();
        }
    }

    /** The items waiting, for traces only (no monitor). */
    List<Integer> waiting() {
        return List.copyOf(items);
    }
}
