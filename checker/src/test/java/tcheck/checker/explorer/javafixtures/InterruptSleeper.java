package tcheck.checker.explorer.javafixtures;

/**
 * A thread sleeps for an hour; main interrupts it. Sleeping orders nothing, so the sleep may also
 * end first (the interrupt then only sets the flag): in every interleaving exactly one of the two
 * happens, and an InterruptedException leaves the flag cleared.
 */
public class InterruptSleeper implements Runnable {
    volatile boolean woke;
    volatile boolean slept;
    volatile boolean flagAfterWake = true;

    @Override
    public void run() {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(3_600_000);
                slept = true;
            } catch (InterruptedException e) {
                woke = true;
                flagAfterWake = Thread.currentThread().isInterrupted();
            }
        }, "sleeper");
        sleeper.start();
        sleeper.interrupt();
        try {
            sleeper.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (woke == slept || woke && flagAfterWake || slept && !sleeper.isInterrupted()) {
            throw new AssertionError("woke " + woke + ", slept " + slept + ", flag after wake " + flagAfterWake);
        }
    }
}
