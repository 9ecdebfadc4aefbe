package tcheck.scenarios.pcpcondition;

import java.util.LinkedList;

/**
 * The monitor fix for {@link NotifyBuffer}: the same {@code synchronized} methods and {@code while}
 * loops, but {@code notifyAll()}. Every waiter wakes, re-checks its own condition in its
 * {@code while} and either proceeds or waits again, so the thread that can make progress is always
 * among those woken: no lost wake-up. It answers seed {@code 000_715c6142ede907d2.txt} lines
 * 884-911 (one shared condition, {@code notify()}) for more than one producer or consumer; the cost
 * is waking threads that will only go back to sleep.
 */
public class NotifyAllBuffer implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without taking the monitor. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;

    public NotifyAllBuffer(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void put(int item) throws InterruptedException {
        while (items.size() == capacity) {
            wait();
        }
        items.addLast(item);
        notifyAll();
    }

    @Override
    public synchronized int take() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        int item = items.removeFirst();
        notifyAll();
        return item;
    }
}
