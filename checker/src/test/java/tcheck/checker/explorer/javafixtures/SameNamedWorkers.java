package tcheck.checker.explorer.javafixtures;

/**
 * Two workers a factory names alike ("worker") add to a counter without synchronization: the lost
 * update needs both in the trace, told apart.
 */
public class SameNamedWorkers implements Runnable {
    private int count;

    @Override
    public void run() {
        Thread a = new Thread(() -> count++, "worker");
        Thread b = new Thread(() -> count++, "worker");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("lost update: " + count);
        }
    }
}
