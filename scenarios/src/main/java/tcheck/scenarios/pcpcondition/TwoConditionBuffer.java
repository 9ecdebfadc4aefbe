package tcheck.scenarios.pcpcondition;

import java.util.LinkedList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The textbook bounded buffer (as in {@link Condition}'s own Javadoc): one {@link ReentrantLock},
 * a {@code notFull} and a {@code notEmpty} condition, and {@code while} around every wait.
 *
 * <p>It is seed {@code 002_e91a849d01495b10.txt} lines 1143-1175 ({@code SynchronizedQueue}'s
 * {@code full}/{@code empty} conditions) done right. {@code while} re-checks after every wake-up, so
 * a consumer that lost the item to a barging consumer, or woke spuriously, simply waits again: no
 * {@code NoSuchElementException}, no overfilled buffer. Two conditions mean a put only ever signals a
 * consumer and a take only ever signals a producer, so {@code signal()} (one waiter) cannot be
 * spent on a thread that cannot proceed: no lost wake-up, no deadlock.
 */
public class TwoConditionBuffer implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without taking the lock. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    public TwoConditionBuffer(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void put(int item) throws InterruptedException {
        lock.lock();
        try {
            while (items.size() == capacity) {
                notFull.await();
            }
            items.addLast(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int take() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            int item = items.removeFirst();
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }
}
