package tcheck.checker.explorer.javafixtures;

/**
 * Two unnamed threads are made, kept in an array and started in the other order; each adds to a
 * counter without synchronization. A fresh JVM calls the first made "Thread-0", whenever it starts.
 */
public class UnnamedThreadsKeptBeforeStart implements Runnable {
    private int count;
    private final Thread[] crew = new Thread[2];

    @Override
    public void run() {
        crew[0] = new Thread(() -> count++);
        crew[1] = new Thread(() -> count += 2);
        crew[1].start();
        crew[0].start();
        Join.each(crew);
        if (count != 3) {
            throw new AssertionError("lost update: " + count);
        }
    }
}
