package tcheck.checker.explorer.javafixtures;

/** interrupted() reports and clears the flag; isInterrupted() only reports it. */
public class SelfInterrupt implements Runnable {
    @Override
    public void run() {
        Join.all(() -> {
            Thread me = Thread.currentThread();
            me.interrupt();
            if (!me.isInterrupted() || !me.isInterrupted()) {
                throw new AssertionError("isInterrupted() must not clear the flag");
            }
            if (!Thread.interrupted() || Thread.interrupted()) {
                throw new AssertionError("interrupted() must report, then clear, the flag");
            }
        });
    }
}
