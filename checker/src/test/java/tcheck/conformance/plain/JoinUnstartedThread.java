package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A thread object that is never started: {@code interrupt()} on it has no effect, {@code join()}
 * returns at once (it is not alive), {@code isAlive()} is false. Another thread, started, does its
 * work. Correct on every JVM: verified (not a deadlock, not an error).
 */
@Expect(VERIFIED)
public class JoinUnstartedThread implements Runnable {
    private volatile boolean ran;

    @Override
    public void run() {
        Thread never = new Thread(() -> {
            throw new AssertionError("never started");
        }, "never");
        Thread worker = new Thread(() -> ran = true, "worker");
        worker.start();
        never.interrupt();
        try {
            never.join();
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (never.isAlive() || !ran) {
            throw new AssertionError("alive " + never.isAlive() + ", ran " + ran);
        }
    }
}
