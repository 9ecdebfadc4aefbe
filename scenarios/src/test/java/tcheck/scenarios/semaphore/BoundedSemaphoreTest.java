package tcheck.scenarios.semaphore;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounded semaphore on its own, the seed's two demonstrations, and the programs on one thread. */
class BoundedSemaphoreTest {
    @Test
    void theSeedsPlainSemaphoreCountsTheExtraRelease() {
        Semaphore s1 = new Semaphore(5); // 000_715c6142ede907d2.txt lines 757-771
        s1.acquireUninterruptibly();
        s1.release();
        s1.release();
        assertEquals(6, s1.availablePermits(), "The counter is now 6!");
    }

    @Test
    void theBoundedOneComplains() throws InterruptedException {
        BoundedSemaphore s2 = new BoundedSemaphore(5); // lines 774-787
        s2.acquire();
        assertEquals(4, s2.availablePermits());
        s2.release();
        assertEquals(5, s2.availablePermits());
        IllegalStateException e = assertThrows(IllegalStateException.class, s2::release);
        assertTrue(e.getMessage().contains("released too many times"), e.getMessage());
        assertEquals(5, s2.availablePermits(), "the refused release changed nothing");
    }

    @Test
    void anAcquireWaitsForARelease() throws InterruptedException {
        BoundedSemaphore s = new BoundedSemaphore(1);
        s.acquire();
        Thread waiter = new Thread(() -> {
            try {
                s.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        TimeUnit.MILLISECONDS.timedJoin(waiter, 100);
        assertTrue(waiter.isAlive(), "no permit: the second acquire waits");
        s.release();
        waiter.join(10_000);
        assertEquals(0, s.availablePermits());
    }

    @Test
    void onOneThreadTheOverReleaseGoesUnnoticedTheBoundedOneThrowsAndReleaseOnceIsClean() {
        Program over = new OverReleaseScenario().newProgram(Bound.of(1, 2));
        over.run();
        over.check(); // alone in the pool, the extra permits harm nobody yet
        Program once = new ReleaseOnceScenario().newProgram(new Bound(2, 2, 1));
        once.run();
        once.check();
        assertEquals(1, once.sharedState().get("permits"));
        assertEquals(0, once.sharedState().get("inside"));
    }

    @Test
    void theCheckCatchesTwoInsideAPoolOfOne() {
        Pool pool = new Pool();
        pool.enter();
        pool.enter();
        assertEquals(2, pool.most.get());
        PoolProgram p = new PoolProgram(Bound.of(1, 1), pool, new Worker[0], null);
        Violation v = assertThrows(Violation.class, p::check);
        assertTrue(v.getMessage().startsWith("2 threads were inside a pool of 1"), v.getMessage());
    }
}
