package tcheck.checker.explorer.runtime;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.jdk.JdkControl;

import java.time.Duration;
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
 * the carrier that would have run it waited for the same monitor: both waited for ever. A park
 * foreseen as pinned that is not, or pinned where nobody foresaw it, must not strand the queue either.
 */
class VirtualCarriersTest {
    @Test
    void virtualThreadsContendingForTheSchedulerAllRunToTheirEnd() throws InterruptedException {
        assumeSubstrate();
        int rounds = 20_000;
        int[] finished = new int[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(VirtualCarriers.unstarted(() -> {
                for (int r = 0; r < rounds; r++) {
                    VirtualCarriers.Absence a = VirtualCarriers.blocking(); // as a pinned park does: another carrier serves the queue
                    VirtualCarriers.unblocked(a);
                    Thread.yield(); // queued again through the scheduler
                }
                synchronized (finished) {
                    finished[0]++;
                }
            }));
        }
        threads.forEach(Thread::start);
        assertAllEnd(threads, finished, () -> { });
    }

    /**
     * A park foreseen as pinned that unmounts all the same (as every park did on JDK 25, where the JDK's own
     * {@code isPinned} says pinned for every caller) must leave the count of carriers right. Its carrier, counted
     * out for the park, came back to the queue and was counted out again: with two such threads waiting, a
     * thread that then handed its turn over from a class initializer (pinned for real) left the turn queued
     * with no carrier counted to run it, and both waited for ever.
     */
    @Test
    void aParkForeseenPinnedThatUnmountsLeavesTheCarriersCountedRight() throws InterruptedException {
        assumeSubstrate();
        int[] finished = new int[1];
        List<Thread> threads = List.of(
                VirtualCarriers.unstarted(() -> {
                    WAKE[0].take(true); // foreseen pinned: it is not
                    BACK.give();
                    WAKE[1].give();
                    done(finished);
                }),
                VirtualCarriers.unstarted(() -> {
                    WAKE[1].take(true);
                    done(finished);
                }),
                VirtualCarriers.unstarted(() -> {
                    GO.take(false);
                    PinnedHandOff.init();
                    done(finished);
                }));
        threads.forEach(Thread::start);
        Awaitility.await("all three wait, the carriers idle").atMost(Duration.ofSeconds(10))
                .until(() -> threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING) && VirtualCarriers.quiescent());
        GO.give();
        assertAllEnd(threads, finished, () -> { });
        Awaitility.await("no carrier counted as running once all are idle").atMost(Duration.ofSeconds(10))
                .until(VirtualCarriers::countedRunning, n -> n == 0);
    }

    /**
     * A pin nobody foresaw (here a class initializer whose park is not said to be one, as for a JDK class's
     * initializer) blocks a carrier counted as running; the explorer, waiting for the execution, rescues the
     * queue.
     */
    @Test
    void aPinNotForeseenIsRescuedByTheWaitingThread() throws InterruptedException {
        assumeSubstrate();
        int[] finished = new int[1];
        List<Thread> threads = new ArrayList<>();
        threads.add(VirtualCarriers.unstarted(() -> {
            UnforeseenPin.init();
            done(finished);
        }));
        threads.add(VirtualCarriers.unstarted(() -> {
            TURNS2[1].take(false);
            TURNS2[0].give();
            done(finished);
        }));
        threads.forEach(Thread::start);
        assertAllEnd(threads, finished, VirtualCarriers::rescue);
    }

    private static final Baton[] WAKE = {new Baton(), new Baton()};
    private static final Baton GO = new Baton();
    private static final Baton BACK = new Baton();
    private static final Baton[] TURNS2 = {new Baton(), new Baton()};

    private static final class PinnedHandOff {
        static {
            WAKE[0].give();
            BACK.take(true); // pinned: the initializer's frame holds the carrier
        }

        static void init() {
        }
    }

    private static final class UnforeseenPin {
        static {
            TURNS2[1].give();
            TURNS2[0].take(false);
        }

        static void init() {
        }
    }

    private static void done(int[] finished) {
        synchronized (finished) {
            finished[0]++;
        }
    }

    private static void assumeSubstrate() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads from JDK 21 on");
        assertNull(JdkControl.ensureInstalled());
        assumeTrue(VirtualCarriers.problem() == null, () -> "no virtual-thread substrate here: " + VirtualCarriers.problem());
    }

    /** Waits for the threads as the explorer waits for an execution: in slices, running {@code meanwhile} after each. */
    private static void assertAllEnd(List<Thread> threads, int[] finished, Runnable meanwhile) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L; // a few seconds when they run; stranded, for ever
        for (Thread t : threads) {
            while (t.isAlive() && System.nanoTime() < deadline) {
                t.join(200);
                meanwhile.run();
            }
        }
        synchronized (finished) {
            assertEquals(threads.size(), finished[0], "virtual threads left without a carrier");
        }
    }
}
