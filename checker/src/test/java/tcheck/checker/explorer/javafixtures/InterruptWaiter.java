package tcheck.checker.explorer.javafixtures;

/** A thread waits on a monitor no one notifies; an interrupt ends the wait with InterruptedException. */
public class InterruptWaiter implements Runnable {
    private final Object lock = new Object();
    volatile boolean interrupted;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }, "waiter");
        waiter.start();
        waiter.interrupt();
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!interrupted) {
            throw new AssertionError("the wait ended without InterruptedException");
        }
    }
}
