package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread waits at a {@code CyclicBarrier(2)} nobody else reaches; main interrupts it. The waiting
 * party gets {@code InterruptedException} and the barrier is broken, as the JDK specifies. Correct
 * on every JVM: verified.
 */
@Expect(VERIFIED)
public class InterruptBreaksBarrier implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2);
    private volatile boolean caught;

    @Override
    public void run() {
        Thread t = new Thread(() -> {
            try {
                barrier.await();
            } catch (InterruptedException e) {
                caught = true;
            } catch (BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        }, "T");
        t.start();
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!caught || !barrier.isBroken()) {
            throw new AssertionError("caught " + caught + ", broken " + barrier.isBroken());
        }
    }
}
