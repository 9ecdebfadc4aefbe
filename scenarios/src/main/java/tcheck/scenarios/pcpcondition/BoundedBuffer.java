package tcheck.scenarios.pcpcondition;

/**
 * A bounded FIFO buffer between producer and consumer threads: {@link #put(int)} waits while the
 * buffer is full, {@link #take()} waits while it is empty. The seeds' {@code queue} with its
 * {@code Condition} ({@code maxNum = 5}) and {@code SynchronizedQueue(capacity)}.
 */
public interface BoundedBuffer {
    void put(int item) throws InterruptedException;

    int take() throws InterruptedException;
}
