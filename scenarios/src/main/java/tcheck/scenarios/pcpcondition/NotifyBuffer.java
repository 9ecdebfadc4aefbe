package tcheck.scenarios.pcpcondition;

import java.util.LinkedList;

/**
 * A buffer that waits correctly ({@code while}) but wakes with {@code notify()} on one monitor
 * shared by producers and consumers: a lost wake-up leaves every thread waiting.
 *
 * <p>It re-tells seed {@code 000_715c6142ede907d2.txt} lines 884-911, where producer and consumer
 * share one {@code condition} and each {@code notify()}s it once after a put or take (the seed's
 * {@code if} is made a {@code while} here, so the only bug is the wake-up), and the advice of
 * {@code 002_e91a849d01495b10.txt} lines 1128-1133 to avoid {@code notify_all()}. With one producer
 * and one consumer {@code notify()} always wakes the right thread, as in the seed. With two of each
 * and capacity 1 it need not: C1 and C2 wait (empty); P1 puts and notifies C1; P2 gets the monitor
 * first and waits (full); C1 takes and its {@code notify()} wakes C2, a consumer, instead of P2;
 * C2 finds the buffer empty and waits again. P1 and C1 are done, P2 and C2 wait for a notify that
 * nobody is left to send. The broken property: no deadlock (every live thread waiting).
 * Which waiter {@code notify()} wakes is unspecified, so a checker must try each choice; one that
 * treats {@code notify()} as {@code notifyAll()} cannot find this.
 */
public class NotifyBuffer implements BoundedBuffer {
    /** Package-private so the scenario can show it in traces without taking the monitor. */
    final LinkedList<Integer> items = new LinkedList<>();
    private final int capacity;

    public NotifyBuffer(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void put(int item) throws InterruptedException {
        while (items.size() == capacity) {
            wait();
        }
        items.addLast(item);
        notify(); // BUG: may wake another producer instead of a consumer
    }

    @Override
    public synchronized int take() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        int item = items.removeFirst();
        notify(); // BUG: may wake another consumer instead of a producer
        return item;
    }
}
