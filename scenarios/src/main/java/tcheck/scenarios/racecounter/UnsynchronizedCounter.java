package tcheck.scenarios.racecounter;

/**
 * The race counter exactly as the textbooks write it first: {@code count++} on a plain field.
 *
 * <p>{@code count++} looks like one step but is three: read {@code count}, add one, write it
 * back. Two threads can both read 0, both compute 1 and both write 1: one increment is lost.
 * This is the Python {@code globVar += 1} of seed {@code 000_715c6142ede907d2.txt} lines 155-181
 * (2 threads x 1,000,000, printed totals like 1673981), {@code x+=1} of
 * {@code 003_db7905cd5774b6a8.txt} lines 159-179 and {@code increment_global()} of
 * {@code 004_fbb8ff1068e5a4f0.txt} lines 1080-1116 (2 x 50,000, "x = 54034"). The broken property:
 * the final count equals threads x increments. Without a happens-before edge between the threads
 * it is also a data race, so the JIT may even keep {@code count} in a register for a whole loop.
 */
public class UnsynchronizedCounter implements Counter {
    /** Package-private so the scenario can show it in traces without going through the counter. */
    int count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public int get() {
        return count;
    }
}
