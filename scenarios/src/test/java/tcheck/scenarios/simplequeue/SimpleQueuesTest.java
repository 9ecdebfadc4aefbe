package tcheck.scenarios.simplequeue;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BoundedBuffer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Both queues on one thread: FIFO round the ring, and the program's check. */
class SimpleQueuesTest {
    @Test
    void bothQueuesAreFifoRoundTheRing() throws InterruptedException {
        for (BoundedBuffer q : List.of(new SimpleQueue(2), new LockedSimpleQueue(2))) {
            q.put(1);
            q.put(2);
            assertEquals(1, q.take());
            q.put(3); // wraps round to slot 0
            assertEquals(2, q.take());
            assertEquals(3, q.take(), q.getClass().getSimpleName());
        }
    }

    @Test
    void theTraceShowsTheItemsOldestFirst() throws InterruptedException {
        SimpleQueue q = new SimpleQueue(3);
        q.put(1);
        q.put(2);
        q.take();
        q.put(3);
        q.put(4);
        assertEquals(List.of(2, 3, 4), q.contents());
    }

    @Test
    void oneProducerAndOneConsumerRunCleanOnRealThreads() {
        for (Program p : List.of(new UnusedLockScenario().newProgram(new Bound(1, 5, 2)),
                new LockedScenario().newProgram(new Bound(2, 5, 2)))) {
            p.run();
            p.check();
        }
    }
}
