package tcheck.stress.simplequeue;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import tcheck.scenarios.simplequeue.LockedSimpleQueue;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The two producers of {@link LostItemOnSimpleQueue} on the queue that takes its lock around the slot
 * and the index: each item gets a slot of its own, and both come out.
 */
@JCStressTest
@StressOf("simple-queue/locked")
@Description("semaphores count, the lock guards slot and index: no item lost")
@Outcome(id = {"1, 2", "2, 1"}, expect = ACCEPTABLE, desc = "both items came out, once each")
@Outcome(expect = FORBIDDEN, desc = "an item lost or a slot nobody wrote taken")
@State
public class NoLostItemOnLockedSimpleQueue {
    private final LockedSimpleQueue queue = new LockedSimpleQueue(2);

    @Actor
    public void p1() {
        put(1);
    }

    @Actor
    public void p2() {
        put(2);
    }

    @Arbiter
    public void takeBoth(II_Result r) {
        try {
            r.r1 = queue.take();
            r.r2 = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r1 = -1;
        }
    }

    private void put(int item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
