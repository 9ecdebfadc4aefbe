package tcheck.checker.explorer.javafixtures;

/** The reader sleeps "long enough" for the writer: sleeping orders nothing, the reader can still see 0. */
public class SleepAsSynchronization implements Runnable {
    volatile int value;

    @Override
    public void run() {
        int[] seen = new int[1];
        Join.all(() -> value = 42, () -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            seen[0] = value;
        });
        if (seen[0] != 42) {
            throw new AssertionError("the reader saw " + seen[0] + " after sleeping 100 ms");
        }
    }
}
