package tcheck.checker.explorer.javafixtures;

/** A static counter each execution increments once, under a lock: correct, if every execution starts from zero. */
public class StaticCounter implements Runnable {
    static int started;

    @Override
    public void run() {
        Join.all(() -> {
            synchronized (StaticCounter.class) {
                started++;
            }
        });
        if (started != 1) {
            throw new AssertionError("started " + started + " times in one execution");
        }
    }
}
