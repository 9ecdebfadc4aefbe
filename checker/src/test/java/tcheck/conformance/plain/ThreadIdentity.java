package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Each worker checks that {@code Thread.currentThread()} is its own Thread object with the name it
 * was given, sets a {@code ThreadLocal} and reads its own value back after the other may have set
 * theirs, and records its thread id. Names, identities and thread-locals are per thread on every
 * JVM, and ids differ: correct, verified.
 */
@Expect(VERIFIED)
public class ThreadIdentity implements Runnable {
    private final ThreadLocal<String> local = new ThreadLocal<>();
    private final long[] ids = new long[2];
    private final Thread[] threads = new Thread[2];

    private void check(int me) {
        Thread self = Thread.currentThread();
        if (!self.getName().equals("worker-" + me)) {
            throw new AssertionError("name " + self.getName());
        }
        local.set("value-" + me);
        Thread.yield();
        if (!local.get().equals("value-" + me)) {
            throw new AssertionError("thread-local " + local.get() + " in worker-" + me);
        }
        ids[me] = self.getId();
    }

    @Override
    public void run() {
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> check(me), "worker-" + i);
        }
        threads[0].start();
        threads[1].start();
        try {
            threads[0].join();
            threads[1].join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (ids[0] == ids[1] || ids[0] != threads[0].getId() || local.get() != null) {
            throw new AssertionError("ids " + ids[0] + "," + ids[1] + ", main's local " + local.get());
        }
    }
}
