package tcheck.conformance.time;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The reader sleeps 100 ms "to be sure the writer has run" and then expects the writer's value.
 * Timing is not ordering: on a real JVM the writer thread may not have been scheduled at all by
 * then (a loaded machine, a GC pause), so the reader can see 0. The field is volatile, so this is
 * not a data race: the bug must be found as the invariant violation it is. A virtual clock that
 * only advances when every thread is blocked would hide it.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class SleepAsSynchronization implements Runnable {
    private volatile int data;

    @Override
    public void run() {
        Thread writer = new Thread(() -> data = 42, "writer");
        Thread reader = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (data != 42) {
                throw new AssertionError("slept 100 ms and the writer still had not run");
            }
        }, "reader");
        writer.start();
        reader.start();
        try {
            writer.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
