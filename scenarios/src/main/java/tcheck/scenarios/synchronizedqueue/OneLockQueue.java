package tcheck.scenarios.synchronizedqueue;

import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.LinkedList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code SynchronizedQueue} fixed twice: {@code while} around every wait, and one lock for the check
 * and the act.
 *
 * <p>In Python the repair of seed {@code 002_e91a849d01495b10.txt} lines 1143-1175 is to give both
 * conditions the queue's lock, {@code Condition(self.qlock)}, and to do each operation in one
 * {@code with self.qlock:} block: {@code while} the queue is full, {@code full.wait()}; append;
 * {@code empty.notify()}. In Java a {@link Condition} is made from its lock, so that is one
 * {@link ReentrantLock} with two conditions. Now the consumer that found an item still holds the lock
 * when it removes it: no other consumer can take it in between, so the check cannot go stale; and
 * after a wake-up the {@code while} looks again under the same lock before acting. Two conditions keep
 * the seed's good idea: a put wakes only consumers, a take only producers, so one {@code signal()} is
 * never spent on a thread that cannot proceed. (This is the pcp-condition family's
 * {@code TwoConditionBuffer}, reached from the seed's own code.)
 */
public class OneLockQueue implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without the lock. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;
    private final ReentrantLock qlock = new ReentrantLock();
    private final Condition full = qlock.newCondition();  // Python: Condition(self.qlock)
    private final Condition empty = qlock.newCondition(); // Python: Condition(self.qlock)

    public OneLockQueue(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void put(int item) throws InterruptedException {
        qlock.lock();
        try {
            while (items.size() >= capacity) {
                full.await();
            }
            items.addLast(item); // still holding the lock the check was made under
            empty.signal();
        } finally {
            qlock.unlock();
        }
    }

    @Override
    public int take() throws InterruptedException {
        qlock.lock();
        try {
            while (items.isEmpty()) {
                empty.await();
            }
            int item = items.removeFirst(); // still holding the lock the check was made under
            full.signal();
            return item;
        } finally {
            qlock.unlock();
        }
    }
}
