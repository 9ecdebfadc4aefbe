package tcheck.scenarios.simplequeue;

import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The seed's {@code SimpleQueue}: two semaphores that count correctly, and a lock that nobody takes.
 *
 * <p>Seed {@code 002_e91a849d01495b10.txt} lines 1218-1250 builds a bounded queue the classic way, with
 * a {@code reader = Semaphore(0)} counting the items and a {@code writer = Semaphore(size)} counting
 * the free places; it also creates {@code self.lock = Lock()} (line 1230) and never uses it. The
 * semaphores do their part: no consumer takes from an empty queue, no producer puts into a full one.
 * But the semaphores only count; they let <em>several</em> producers (or consumers) through at once
 * whenever there is room for several, and the code under them is not safe for that. Here that code
 * is the textbook ring buffer: a producer writes {@code slots[in]} and advances {@code in}, a consumer
 * reads {@code slots[out]} and advances {@code out}. Two producers can both read {@code in == 0}, both
 * write slot 0 (the second item overwrites the first, which is lost) and both set {@code in = 1}; the
 * reader semaphore, released twice, then lets a consumer read slot 1, which was never written: an item
 * lost, and a 0 that nobody put. Two consumers can likewise take the same slot twice (a duplicated
 * item). The broken property: every item put comes out exactly once.
 *
 * <p>(The seed's Python survives by luck of its implementation: {@code deque.append} and
 * {@code popleft} are each atomic in CPython. A Java {@code LinkedList} is not, and neither is a ring
 * buffer; the explorer sees this one's steps because they are plain fields.)
 */
public class SimpleQueue implements BoundedBuffer {
    /** Package-private so the scenario can show them in traces. 0 marks an empty slot (items are 1..n). */
    final int[] slots;
    int in;
    int out;
    private final Semaphore reader = new Semaphore(0);
    private final Semaphore writer;
    @SuppressWarnings("unused")
    private final ReentrantLock lock = new ReentrantLock(); // the seed's self.lock: created, never taken

    public SimpleQueue(int size) {
        this.slots = new int[size];
        this.writer = new Semaphore(size);
    }

    @Override
    public void put(int item) throws InterruptedException {
        writer.acquire();
        int i = in; // BUG: two producers may both read the same in before either advances it
        slots[i] = item;
        in = (i + 1) % slots.length;
        reader.release();
    }

    @Override
    public int take() throws InterruptedException {
        reader.acquire();
        int o = out; // BUG: two consumers may both read the same out before either advances it
        int item = slots[o];
        slots[o] = 0;
        out = (o + 1) % slots.length;
        writer.release();
        return item;
    }

    /** The items in the queue, oldest first, read without the lock: for traces only. */
    List<Integer> contents() {
        return SlotView.contents(slots, out);
    }
}
