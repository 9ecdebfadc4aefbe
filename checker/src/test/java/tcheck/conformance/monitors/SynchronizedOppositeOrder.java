package tcheck.conformance.monitors;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The classic lock-order deadlock with monitors: one thread takes {@code a} then {@code b}, the
 * other {@code b} then {@code a}. When each holds its first monitor, both wait forever for the
 * second: a deadlock with a cycle, on every JVM.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class SynchronizedOppositeOrder implements Runnable {
    private final Object a = new Object();
    private final Object b = new Object();
    private int count;

    @Override
    public void run() {
        Thread t1 = new Thread(() -> {
            synchronized (a) {
                synchronized (b) {
                    count++;
                }
            }
        }, "T1");
        Thread t2 = new Thread(() -> {
            synchronized (b) {
                synchronized (a) {
                    count++;
                }
            }
        }, "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
