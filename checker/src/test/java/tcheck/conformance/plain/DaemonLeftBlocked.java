package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A daemon "watcher" thread waits on a monitor forever, and main does its work and returns without
 * stopping it. Daemon threads do not keep the JVM alive: the program ends normally on every JVM.
 * Correct: verified. A checker that calls every blocked thread at the end a deadlock cries wolf.
 */
@Expect(VERIFIED)
public class DaemonLeftBlocked implements Runnable {
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
        watcher.setDaemon(true);
        watcher.start();
        synchronized (m) {
            work++;
        }
    }
}
