package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two polite threads: each raises its flag, and while the other's flag is up it lowers its own,
 * yields, and raises it again. In lock step, both keep raising and lowering forever without
 * entering: a livelock, a real (if unlucky) infinite execution where both threads keep running
 * and nothing progresses.
 */
@Expect(value = COUNTEREXAMPLE, kind = "livelock", maxSteps = 200)
public class PoliteLivelock implements Runnable {
    private final boolean[] wants = new boolean[2];
    private volatile int entered;

    private synchronized boolean wants(int i) {
        return wants[i];
    }

    private synchronized void want(int i, boolean v) {
        wants[i] = v;
    }

    private void polite(int me) {
        want(me, true);
        while (wants(1 - me)) {
            want(me, false);
            Thread.yield();
            want(me, true);
        }
        entered++;
        want(me, false);
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> polite(0), "A");
        Thread b = new Thread(() -> polite(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
