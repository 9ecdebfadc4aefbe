package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.Date;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * {@code Condition.awaitUntil(Date)} waits for a signal or a deadline, releasing the lock meanwhile;
 * the loop around it waits again after each deadline until the flag is set, so the consumer never
 * goes on early. Correct on every JVM. A checker that lets the JDK's own {@code awaitUntil} run on a
 * lock it models (whose real state it never changes) throws {@code IllegalMonitorStateException}.
 */
@Expect(VERIFIED)
public class ConditionAwaitUntilADeadline implements Runnable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private boolean done;
    private boolean seen;

    @Override
    public void run() {
        Thread producer = new Thread(() -> {
            lock.lock();
            try {
                done = true;
                ready.signalAll();
            } finally {
                lock.unlock();
            }
        }, "producer");
        Thread consumer = new Thread(() -> {
            lock.lock();
            try {
                while (!done) {
                    ready.awaitUntil(new Date(System.currentTimeMillis() + 20));
                }
                seen = done;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }, "consumer");
        producer.start();
        consumer.start();
        try {
            producer.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!seen) {
            throw new AssertionError("the consumer went on before the producer was done");
        }
    }
}
