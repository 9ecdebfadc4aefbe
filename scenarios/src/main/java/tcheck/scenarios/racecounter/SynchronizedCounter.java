package tcheck.scenarios.racecounter;

/**
 * The textbook lock fix: both methods are {@code synchronized} on the counter, so the read, add and
 * write of {@code count++} happen while one thread holds the monitor and no other thread can
 * interleave between them. It is the Java form of {@code lock.acquire(); x += 1; lock.release()} in
 * {@code 003_db7905cd5774b6a8.txt} lines 196-218 and {@code 004_fbb8ff1068e5a4f0.txt} lines
 * 1163-1198. Releasing the monitor also publishes the write to the next thread that takes it
 * (happens-before), so {@link #get()} after {@code join()} sees every increment.
 */
public class SynchronizedCounter implements Counter {
    /** Package-private so the scenario can show it in traces without taking the monitor. */
    int count;

    @Override
    public synchronized void increment() {
        count++;
    }

    @Override
    public synchronized int get() {
        return count;
    }
}
