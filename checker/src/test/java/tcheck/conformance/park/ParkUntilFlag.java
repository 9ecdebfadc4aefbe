package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * The waiter parks in a loop until a volatile flag is set; main sets the flag and then
 * {@code unpark}s the waiter. An unpark before the park leaves a permit, so the park returns
 * immediately; a spurious return just loops again. No interleaving loses the wake-up: correct on
 * every JVM. Explored with spurious returns, which can repeat without end: verified or bounded,
 * never a livelock.
 */
@Expect(value = VERIFIED_OR_BOUNDED, spuriousWakeups = true)
public class ParkUntilFlag implements Runnable {
    private volatile boolean ready;

    @Override
    public void run() {
        Thread waiter = new Thread(() -> {
            while (!ready) {
                LockSupport.park(this);
            }
        }, "waiter");
        waiter.start();
        ready = true;
        LockSupport.unpark(waiter);
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
