package tcheck.scenarios.pcpcondition;

import java.util.LinkedList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A buffer that waits with {@code if} where it must wait with {@code while}.
 *
 * <p>It re-tells seed {@code 002_e91a849d01495b10.txt} lines 1143-1175, {@code SynchronizedQueue}
 * with two conditions, {@code full} and {@code empty}, and {@code if} before each {@code wait()}
 * (lines 1159-1160 and 1168-1169), run by 1 producer and 4 consumers (lines 1195-1199); and the
 * consumer of {@code 000_715c6142ede907d2.txt} lines 903-908 ({@code if not queue: condition.wait()}
 * then {@code queue.pop(0)}). In Java a {@link Condition} belongs to one lock, so the two conditions
 * share one {@link ReentrantLock}: the only gap left is the {@code if}. The two-condition shape is
 * chosen (not seed 000's single condition) because signals then always reach the right role, so
 * the one thing that can go wrong is the one this class teaches.
 *
 * <p>The bug: being woken is not the same as the condition being true. {@code signal()} only moves
 * a waiter to the lock's queue; before it gets the lock back, another consumer that never waited
 * can barge in and take the item. With 2 consumers: C1 waits on an empty buffer, P1 puts an item
 * and signals C1, C2 takes the lock first and takes the item, then C1 returns from
 * {@code await()}, does not check again, and calls {@code removeFirst()} on an empty list:
 * {@link java.util.NoSuchElementException} (the seed's {@code IndexError}, which its notes say
 * cannot happen, line 958). Spurious wake-ups, which {@code await()} is allowed to have, do the
 * same. A producer can likewise overfill the buffer past its capacity. The broken property: no
 * thread dies of an exception (and every item put is taken).
 */
public class IfWaitBuffer implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without taking the lock. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    public IfWaitBuffer(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void put(int item) throws InterruptedException {
        lock.lock();
        try {
            if (items.size() == capacity) { // BUG: `if`, so nobody re-checks after waking
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
            if (items.isEmpty()) { // BUG: `if`, so nobody re-checks after waking
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
