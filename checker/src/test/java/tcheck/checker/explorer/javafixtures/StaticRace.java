package tcheck.checker.explorer.javafixtures;

/** A static field incremented by two threads without a lock: the lost update is found. */
public class StaticRace implements Runnable {
    static int count;

    @Override
    public void run() {
        Join.all(() -> count++, () -> count++);
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
