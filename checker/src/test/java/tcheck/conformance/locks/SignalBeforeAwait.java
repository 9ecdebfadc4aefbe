package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A consumer awaits a {@code Condition} with no predicate; the producer signals it once. If the
 * signal comes first, nobody is waiting and it is lost; the consumer then waits forever and main
 * waits to join it: a deadlock a real JVM shows whenever the producer runs first.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class SignalBeforeAwait implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();

    @Override
    public void run() {
        Thread consumer = new Thread(() -> {
            lock.lock();
            try {
                ready.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.unlock();
            }
        }, "consumer");
        Thread producer = new Thread(() -> {
            lock.lock();
            try {
                ready.signal();
            } finally {
                lock.unlock();
            }
        }, "producer");
        consumer.start();
        producer.start();
        try {
            consumer.join();
            producer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
