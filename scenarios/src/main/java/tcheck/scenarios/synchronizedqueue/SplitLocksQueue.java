package tcheck.scenarios.synchronizedqueue;

import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.LinkedList;

/**
 * The seed's {@code SynchronizedQueue}, line for line: two bugs, and fixing the famous one is not
 * enough.
 *
 * <p>Seed {@code 002_e91a849d01495b10.txt} lines 1143-1175 gives the queue two {@code Condition}s,
 * {@code full} and {@code empty}, and a {@code qlock}. In Python every {@code Condition()} made
 * without an argument brings its <em>own</em> lock, so there are three locks. In Java a lock with its
 * own wait set is an object's monitor, so the translation is direct: {@code with self.full:} is
 * {@code synchronized (full)}, {@code self.full.wait()} is {@code full.wait()},
 * {@code with self.empty, self.qlock:} is two nested {@code synchronized} blocks. {@code get()} (here
 * {@link #take()}) first looks at the queue under {@code empty}'s lock ({@code with self.empty: if not self.queue: self.empty.wait()}, lines 1167-1169), lets go of
 * it, and only then pops under {@code full}'s lock and {@code qlock} (lines 1171-1173). {@code put()}
 * does the mirror image (lines 1158-1164).
 *
 * <p><b>Bug 1, the famous one:</b> {@code if} instead of {@code while} before {@code wait()}
 * (the pcp-condition family's {@code if-wait}): a woken consumer does not look again.
 *
 * <p><b>Bug 2, the one this family is about:</b> the check and the act happen under different
 * locks. Between "the queue is not empty" (checked holding {@code empty}) and
 * {@code popleft()} (done holding {@code full} and {@code qlock}) no lock is held that the other
 * consumers respect, so with one item and two consumers, C1 and C2 can both see the item, and the
 * second {@code removeFirst()} finds the list empty: {@link java.util.NoSuchElementException}, the
 * seed's {@code IndexError}. No wake-up is involved, so turning the {@code if} into a {@code while}
 * ({@link WhileSplitLocksQueue}) does not help: the check a {@code while} repeats is just as stale
 * once its lock is released. Two producers can likewise both see one free place and overfill the
 * queue. The seed runs 1 producer and 4 consumers (lines 1195-1199), exactly the setting for it. The
 * broken property: no consumer dies of an exception (and every item comes out exactly once).
 */
public class SplitLocksQueue implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without a lock. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;
    private final Object full = new Object();  // Python's Condition(): a lock and a wait set of its own
    private final Object empty = new Object();
    private final Object qlock = new Object();

    public SplitLocksQueue(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void put(int item) throws InterruptedException {
        synchronized (full) {
            if (items.size() >= capacity) { // bug 1: if, not while
                full.wait();
            }
        } // bug 2: the check's lock is let go before the act
        synchronized (empty) {
            synchronized (qlock) {
                items.addLast(item);
                empty.notify();
            }
        }
    }

    @Override
    public int take() throws InterruptedException {
        synchronized (empty) {
            if (items.isEmpty()) { // bug 1: if, not while
                empty.wait();
            }
        } // bug 2: the check's lock is let go before the act
        synchronized (full) {
            synchronized (qlock) {
                int item = items.removeFirst(); // another consumer may have taken "our" item meanwhile
                full.notify();
                return item;
            }
        }
    }
}
