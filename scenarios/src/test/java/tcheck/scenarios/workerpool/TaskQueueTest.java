package tcheck.scenarios.workerpool;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task queue's Python semantics, and the fixed pools on real threads. */
class TaskQueueTest {
    @Test
    void joinWaitsUntilEveryItemIsMarkedDone() throws InterruptedException {
        TaskQueue q = new TaskQueue();
        q.put(1);
        q.put(2);
        CountDownLatch joined = new CountDownLatch(1);
        Thread main = new Thread(() -> {
            try {
                q.join();
                joined.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        main.start();
        assertEquals(1, q.take());
        assertEquals(2, q.take());
        q.taskDone();
        assertFalse(joined.await(100, TimeUnit.MILLISECONDS), "one item is still unfinished");
        q.taskDone();
        assertTrue(joined.await(10, TimeUnit.SECONDS));
        main.join();
        assertThrows(IllegalStateException.class, q::taskDone, "Python: ValueError, task_done() called too many times");
    }

    @Test
    void emptyIsOnlyTrueWithNothingWaiting() throws InterruptedException {
        TaskQueue q = new TaskQueue();
        assertTrue(q.isEmpty());
        q.put(Tasks.PILL);
        assertFalse(q.isEmpty());
        q.take();
        assertTrue(q.isEmpty());
    }

    @Test
    void theFixedPoolsProcessEveryTaskOnceOnRealThreads() {
        for (Program p : List.of(new PillPerWorkerScenario().newProgram(Bound.of(3, 10)),
                new ExecutorScenario().newProgram(Bound.of(3, 10)))) {
            p.run();
            p.check();
        }
    }
}
