package tcheck.scenarios.synchronizedqueue;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three queues on one thread and with a waiting consumer, and the program's check. */
class SynchronizedQueuesTest {
    private static List<BoundedBuffer> queues(int capacity) {
        return List.of(new SplitLocksQueue(capacity), new WhileSplitLocksQueue(capacity), new OneLockQueue(capacity));
    }

    @Test
    void everyQueueIsFifo() throws InterruptedException {
        for (BoundedBuffer q : queues(2)) {
            q.put(1);
            q.put(2);
            assertEquals(1, q.take());
            assertEquals(2, q.take(), q.getClass().getSimpleName());
        }
    }

    @Test
    void aConsumerWaitsForTheProducer() throws InterruptedException {
        for (BoundedBuffer q : queues(1)) {
            int[] got = new int[1];
            CountDownLatch done = new CountDownLatch(1);
            Thread consumer = new Thread(() -> {
                try {
                    got[0] = q.take();
                } catch (InterruptedException | NoSuchElementException e) {
                    got[0] = -1;
                }
                done.countDown();
            });
            consumer.start();
            q.put(7);
            assertTrue(done.await(10, TimeUnit.SECONDS), q.getClass().getSimpleName() + " woke its consumer");
            assertEquals(7, got[0]);
        }
    }

    @Test
    void oneProducerAndOneConsumerRunCleanOnRealThreads() {
        for (Program p : List.of(new IfSplitLocksScenario().newProgram(new Bound(1, 5, 1)),
                new WhileSplitLocksScenario().newProgram(new Bound(1, 5, 2)),
                new OneLockScenario().newProgram(new Bound(2, 5, 1)))) {
            p.run();
            p.check();
        }
    }
}
