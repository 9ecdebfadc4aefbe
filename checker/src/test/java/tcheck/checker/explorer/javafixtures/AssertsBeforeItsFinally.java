package tcheck.checker.explorer.javafixtures;

/**
 * A worker may not have written its result when main reads it; main's check throws inside a
 * {@code try} whose {@code finally} then sets a shared flag. The check's read is where it fails, not
 * the flag's write in the {@code finally}, which runs after the throw.
 */
public class AssertsBeforeItsFinally implements Runnable {
    private volatile int result;
    private volatile boolean closed;

    @Override
    public void run() {
        Thread worker = new Thread(() -> result = 42, "worker");
        worker.start();
        try {
            if (result != 42) {
                throw new AssertionError("no result yet");
            }
        } finally {
            closed = true;
            Join.each(worker);
        }
    }
}
