package tcheck.conformance.interrupts;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code wait()} looks at the interrupt before it releases the monitor: a worker interrupted just before
 * it waits throws {@code InterruptedException} still holding the monitor, and no other thread got in
 * between. Here main interrupts the worker and then, under the monitor, marks that it passed; the worker
 * that wakes with the exception finds main's mark only if main got the monitor in between, which the
 * worker took for granted ("the interrupt always comes while I wait").
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class InterruptBeforeWaitKeepsTheMonitor implements Runnable {
    private final Object monitor = new Object();
    private boolean mainPassed;
    private volatile boolean passedWhileWaiting = true;

    @Override
    public void run() {
        Thread worker = new Thread(() -> {
            synchronized (monitor) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    passedWhileWaiting = mainPassed;
                }
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        synchronized (monitor) {
            mainPassed = true;
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!passedWhileWaiting) {
            throw new AssertionError("the wait threw before main got the monitor: the interrupt came first");
        }
    }
}
