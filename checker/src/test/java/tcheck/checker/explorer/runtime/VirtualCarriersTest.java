package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.jdk.JdkControl;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The virtual-thread substrate's scheduler under contention: virtual threads that enter and leave its
 * bookkeeping (as a pinned park does) and yield (which queues them again) from several carriers at once
 * all run to their end. With a monitor as the scheduler's lock, a virtual thread that waited for it on
 * JDK 24 and later left its carrier and was handed the monitor back through this very scheduler, while
 * the carrier that would have run it waited for the same monitor: both waited for ever.
 */
class VirtualCarriersTest {
    @Test
    void virtualThreadsContendingForTheSchedulerAllRunToTheirEnd() throws InterruptedException {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads from JDK 21 on");
        assertNull(JdkControl.ensureInstalled());
        assumeTrue(VirtualCarriers.problem() == null, () -> "no virtual-thread substrate here: " + VirtualCarriers.problem());
        int rounds = 20_000;
        int[] finished = new int[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(VirtualCarriers.unstarted(() -> {
                for (int r = 0; r < rounds; r++) {
                    VirtualCarriers.blocking(); // as a pinned park does: another carrier serves the queue meanwhile
                    VirtualCarriers.unblocked();
                    Thread.yield(); // queued again through the scheduler
                }
                synchronized (finished) {
                    finished[0]++;
                }
            }));
        }
        threads.forEach(Thread::start);
        long deadline = System.nanoTime() + 30_000_000_000L; // a few seconds when they run; stranded, for ever
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        synchronized (finished) {
            assertEquals(threads.size(), finished[0], "virtual threads left without a carrier");
        }
    }
}
