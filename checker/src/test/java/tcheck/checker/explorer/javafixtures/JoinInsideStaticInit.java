package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A static initializer that starts a thread and waits for it: the initializing thread blocks
 * inside the JVM's class initialization, where a virtual thread cannot leave its carrier, and the
 * thread it waits for must still run. Correct: the count is 2 once both the worker and main added.
 */
public class JoinInsideStaticInit implements Runnable {
    static final class Holder {
        static final AtomicInteger COUNT = new AtomicInteger();

        static {
            Thread worker = new Thread(COUNT::incrementAndGet, "init-worker");
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            COUNT.incrementAndGet();
        }
    }

    @Override
    public void run() {
        Thread reader = new Thread(() -> {
            if (Holder.COUNT.get() != 2) {
                throw new AssertionError("count " + Holder.COUNT.get() + " after the initializer");
            }
        }, "reader");
        reader.start();
        if (Holder.COUNT.get() != 2) {
            throw new AssertionError("count " + Holder.COUNT.get() + " after the initializer");
        }
        try {
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
