package tcheck.scenarios.synchronizedqueue;

import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.LinkedList;

/**
 * {@link SplitLocksQueue} with the textbook fix applied, {@code while} instead of {@code if}, and
 * nothing else: it still fails, and that is the lesson.
 *
 * <p>A {@code while} protects against one thing: being woken (or waking spuriously) when the condition
 * no longer holds. It re-checks the condition <em>while holding the lock the condition is about</em>,
 * and the act that follows must happen under that same lock, without letting go in between. Seed
 * {@code 002_e91a849d01495b10.txt} lines 1157-1175 lets go: the consumer checks "not empty" holding
 * {@code empty}'s monitor, releases it, and pops holding {@code full}'s and {@code qlock}'s. Nobody needs to
 * wait for this to go wrong: with one item, C1 checks (not empty) and lets go, C2 checks (still not
 * empty) and lets go, C1 pops the item, C2 pops from an empty list:
 * {@link java.util.NoSuchElementException}. The {@code while} loops ran once each and were right when
 * they ran; the information was stale by the time it was used, the same check-then-act race as the
 * pcp-lock family's {@code check-outside-lock}. The fix must do both: {@code while}, and check and act
 * under one lock ({@link OneLockQueue}).
 */
public class WhileSplitLocksQueue implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without a lock. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;
    private final Object full = new Object();  // Python's Condition(): a lock and a wait set of its own
    private final Object empty = new Object();
    private final Object qlock = new Object();

    public WhileSplitLocksQueue(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void put(int item) throws InterruptedException {
        synchronized (full) {
            while (items.size() >= capacity) {
                full.wait();
            }
        } // BUG: the check's lock is let go before the act
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
            while (items.isEmpty()) {
                empty.wait();
            }
        } // BUG: the check's lock is let go before the act
        synchronized (full) {
            synchronized (qlock) {
                int item = items.removeFirst(); // the item the while saw may be gone already
                full.notify();
                return item;
            }
        }
    }
}
