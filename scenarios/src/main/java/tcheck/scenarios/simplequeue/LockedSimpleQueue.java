package tcheck.scenarios.simplequeue;

import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link SimpleQueue} with its lock used: the semaphores still count items and free places, and the
 * lock makes the ring buffer's update (write the slot, advance the index) one step for everyone else.
 *
 * <p>It is seed {@code 002_e91a849d01495b10.txt} lines 1218-1250 with {@code self.lock} (line 1230)
 * doing the job it was created for, and the textbook producer/consumer with semaphores (Dijkstra's:
 * {@code empty}, {@code full} and a {@code mutex}). The order matters: first the counting semaphore,
 * then the lock. A producer that took the lock first and then waited on {@code writer} for a free
 * place would wait holding the lock that every consumer needs to make one: a deadlock.
 */
public class LockedSimpleQueue implements BoundedBuffer {
    /** Package-private so the scenario can show them in traces. 0 marks an empty slot (items are 1..n). */
    final int[] slots;
    int in;
    int out;
    private final Semaphore reader = new Semaphore(0);
    private final Semaphore writer;
    private final ReentrantLock lock = new ReentrantLock();

    public LockedSimpleQueue(int size) {
        this.slots = new int[size];
        this.writer = new Semaphore(size);
    }

    @Override
    public void put(int item) throws InterruptedException {
        writer.acquire(); // first wait for a free place, then lock: never wait holding the lock
        lock.lock();
        try {
            int i = in;
            slots[i] = item;
            in = (i + 1) % slots.length;
        } finally {
            lock.unlock();
        }
        reader.release();
    }

    @Override
    public int take() throws InterruptedException {
        reader.acquire();
        int item;
        lock.lock();
        try {
            int o = out;
            item = slots[o];
            slots[o] = 0;
            out = (o + 1) % slots.length;
        } finally {
            lock.unlock();
        }
        writer.release();
        return item;
    }

    /** The items in the queue, oldest first, read without the lock: for traces only. */
    List<Integer> contents() {
        return SlotView.contents(slots, out);
    }
}
