package tcheck.scenarios.pcplock;

import java.util.LinkedList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The seed's own shape, {@code 000_715c6142ede907d2.txt} lines 822-832: the emptiness check and the
 * removal happen under one lock ({@code with lock: if not queue: ... else: queue.pop(0)}). While a
 * consumer holds the lock no other consumer can take the item it just saw, so the list it found
 * non-empty is still non-empty when it removes: no exception, and every item is taken at most once.
 */
public class CheckUnderLockQueue implements PollingQueue {
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
        lock.lock();
        try {
            if (items.isEmpty()) {
                return null; // "Queue Empty"
            }
            return items.removeFirst();
        } finally {
            lock.unlock();
        }
    }
}
