package tcheck.scenarios.pcplock;

/**
 * The seed's shared {@code queue} list with its {@code Lock}, as an object: a producer puts items,
 * consumers poll. {@link #poll()} never blocks: it returns {@code null} when the queue is empty, the
 * seed's "Queue Empty" branch.
 */
public interface PollingQueue {
    void put(int item);

    /** The oldest item, or {@code null} if the queue is empty. */
    Integer poll();
}
