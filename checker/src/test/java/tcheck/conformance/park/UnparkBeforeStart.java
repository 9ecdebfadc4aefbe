package tcheck.conformance.park;

import tcheck.conformance.Expect;

import java.util.concurrent.locks.LockSupport;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A producer hands over to a consumer with {@code unpark}, but main starts the producer first: when
 * its {@code unpark(consumer)} comes before {@code consumer.start()}, it has no effect (the JDK
 * guarantees none for a thread not started), and the consumer parks for ever. The order of a start
 * and an unpark of that thread matters: the search must try both.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class UnparkBeforeStart implements Runnable {
    @Override
    public void run() {
        Thread consumer = new Thread(() -> LockSupport.park(), "consumer");
        Thread producer = new Thread(() -> LockSupport.unpark(consumer), "producer");
        producer.start();
        consumer.start();
        try {
            producer.join();
            consumer.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
