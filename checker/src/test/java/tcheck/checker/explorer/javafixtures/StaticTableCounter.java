package tcheck.checker.explorer.javafixtures;

/**
 * A counter kept in a static final array, which each execution increments once under a lock: correct if
 * every execution starts from zero. A final array is no constant when code stores into it.
 */
public class StaticTableCounter implements Runnable {
    static final int[] STARTED = {0};

    @Override
    public void run() {
        Join.all(() -> {
            synchronized (StaticTableCounter.class) {
                STARTED[0]++;
            }
        });
        if (STARTED[0] != 1) {
            throw new AssertionError("started " + STARTED[0] + " times in one execution");
        }
    }
}
