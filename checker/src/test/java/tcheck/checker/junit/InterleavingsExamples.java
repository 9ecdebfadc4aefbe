package tcheck.checker.junit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tests as a user of {@link ExploreInterleavings} writes them: a body that starts two threads, joins
 * them and asserts. Run only by {@link ExploreInterleavingsTest} through the Engine Test Kit.
 */
final class InterleavingsExamples {
    private InterleavingsExamples() {
    }

    /** Starts two threads running {@code work}, joins both. */
    static void inTwoThreads(Runnable work) throws InterruptedException {
        Thread a = new Thread(work, "A");
        Thread b = new Thread(work, "B");
        a.start();
        b.start();
        a.join();
        b.join();
    }

    /** count++ from two threads: read-modify-write without a lock loses an update in some schedules. */
    @ExtendWith(OnlyInTestKit.class)
    static class RacyCounter {
        int count;

        @Test
        @ExploreInterleavings
        void incrementsAreNotLost() throws InterruptedException {
            inTwoThreads(() -> count++);
            assertEquals(2, count, "count");
        }
    }

    /** The same with the increment under the instance's monitor. */
    @ExtendWith(OnlyInTestKit.class)
    static class SynchronizedCounter {
        int count;

        synchronized void increment() {
            count++;
        }

        @Test
        @ExploreInterleavings
        void incrementsAreNotLost() throws InterruptedException {
            inTwoThreads(this::increment);
            assertEquals(2, count, "count");
        }
    }

    /** The racy body, rerunning one schedule given in the annotation. */
    @ExtendWith(OnlyInTestKit.class)
    static class RacyCounterReplay {
        int count;

        @Test
        @ExploreInterleavings(replay = "0.1.2.2")
        void incrementsAreNotLost() throws InterruptedException {
            inTwoThreads(() -> count++);
            assertEquals(2, count, "count");
        }
    }

    /** A replay left from another test: more choices than this body makes. */
    @ExtendWith(OnlyInTestKit.class)
    static class ReplayThatDoesNotFit {
        @Test
        @ExploreInterleavings(replay = "0.7.7")
        void runsAlone() {
            assertEquals(1, 1);
        }
    }

    /** A correct body, but a budget of one execution cannot cover its schedules. */
    @ExtendWith(OnlyInTestKit.class)
    static class TooSmallBudget {
        int count;

        synchronized void increment() {
            count++;
        }

        @Test
        @ExploreInterleavings(maxExecutions = 1)
        void strict() throws InterruptedException {
            inTwoThreads(this::increment);
            assertEquals(2, count);
        }

        @Test
        @ExploreInterleavings(maxExecutions = 1, allowBounded = true)
        void lenient() throws InterruptedException {
            inTwoThreads(this::increment);
            assertEquals(2, count);
        }
    }

    /** @BeforeEach runs again on each execution's fresh instance: without that, count would start at null. */
    @ExtendWith(OnlyInTestKit.class)
    static class FreshInstances {
        java.util.concurrent.atomic.AtomicInteger count;

        @BeforeEach
        void setUp() {
            count = new java.util.concurrent.atomic.AtomicInteger();
        }

        @Test
        @ExploreInterleavings
        void atomicIncrements() throws InterruptedException {
            inTwoThreads(() -> count.incrementAndGet());
            assertEquals(2, count.get());
        }
    }
}
