package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.locks.ReentrantLock;

/** A worker that returns early without unlocking: whoever wants the lock after it waits for ever. */
public class EndsHoldingALock implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private int hits;

    private void hit(boolean early) {
        lock.lock();
        if (early) {
            return; // forgets the unlock
        }
        hits++;
        lock.unlock();
    }

    @Override
    public void run() {
        Thread first = new Thread(() -> hit(true));
        first.start();
        try {
            first.join();
            Thread second = new Thread(() -> hit(false));
            second.start();
            second.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
