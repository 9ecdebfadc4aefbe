package tcheck.checker.explorer.javafixtures;

/**
 * Two workers a factory names alike ("worker") add to a counter without synchronization: the lost
 * update needs both in the trace, told apart.
 */
public class SameNamedWorkers implements Runnable {
    private int count;

    @Override
    public void run() {
        Join.allNamed("worker", () -> count++, () -> count++);
        if (count != 2) {
            throw new AssertionError("lost update: " + count);
        }
    }
}
