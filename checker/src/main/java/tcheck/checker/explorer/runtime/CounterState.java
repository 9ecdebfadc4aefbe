package tcheck.checker.explorer.runtime;

/** A modelled Semaphore (permits) or CountDownLatch (count), with its release clock. */
final class CounterState {
    final String name;
    long value;
    final VectorClock released = new VectorClock();

    CounterState(String name, long value) {
        this.name = name;
        this.value = value;
    }
}
