package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code DaemonLeftBlocked} with a non-daemon watcher (the default): main returns, but the watcher
 * waits forever and keeps the JVM alive, so the program never terminates on a real JVM. Every
 * remaining thread is blocked with nobody to wake it: reported as a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class NonDaemonLeftBlocked implements Runnable {
    private final Object m = new Object();
    private int work;

    @Override
    public void run() {
        Thread watcher = new Thread(() -> {
            synchronized (m) {
                while (true) {
                    try {
                        m.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "watcher");
        watcher.start();
        synchronized (m) {
            work++;
        }
    }
}
