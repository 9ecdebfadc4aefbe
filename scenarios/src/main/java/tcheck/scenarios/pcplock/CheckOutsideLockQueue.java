package tcheck.scenarios.pcplock;

import java.util.LinkedList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A polling consumer that asks "is there anything?" before taking the lock.
 *
 * <p>Seed {@code 000_715c6142ede907d2.txt} lines 799-835 guards {@code if not queue:} and
 * {@code queue.pop(0)} with one {@code with lock:} (lines 827-831) and warns on line 829 that without
 * the check the consumer "will try to pop from an empty buffer leading to an IndexError". This class
 * keeps the check but moves it outside the lock, a tempting "optimisation" (why lock to find out that
 * there is nothing?). With one item and two consumers, C1 and C2 both see a non-empty list, C1 takes
 * the lock and removes the item, then C2 takes the lock and calls {@code removeFirst()} on an empty
 * list: {@link java.util.NoSuchElementException}, Java's {@code IndexError}. The check is stale by the
 * time the act happens. (Reading {@code items} outside the lock is also a data race.) The broken
 * property: no consumer dies of an exception.
 */
public class CheckOutsideLockQueue implements PollingQueue {
    /** Package-private so the scenario can show it in traces without taking the lock. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public void put(int item) {
        lock.lock();
        try {
            items.addLast(item);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Integer poll() {
        if (items.isEmpty()) { // checked without the lock: stale by the time we remove
            return null;
        }
        lock.lock();
        try {
            return items.removeFirst();
        } finally {
            lock.unlock();
        }
    }
}
