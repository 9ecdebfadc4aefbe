package tcheck.scenarios.racecounter;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lock-free fix: {@link AtomicInteger#incrementAndGet()} performs the read-add-write as one
 * indivisible compare-and-set step, so no increment can be lost and no thread ever blocks.
 * The seeds only show the lock fix ({@code 003_db7905cd5774b6a8.txt} lines 196-218,
 * {@code 004_fbb8ff1068e5a4f0.txt} lines 1163-1198); this is the Java idiom a reader meets next.
 */
public class AtomicCounter implements Counter {
    final AtomicInteger count = new AtomicInteger();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public int get() {
        return count.get();
    }
}
