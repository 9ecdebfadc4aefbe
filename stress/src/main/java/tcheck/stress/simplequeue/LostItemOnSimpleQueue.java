package tcheck.stress.simplequeue;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import tcheck.scenarios.simplequeue.SimpleQueue;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Two producers put 1 and 2 into the seed's {@code SimpleQueue} of two places at once; the arbiter
 * takes two items.
 *
 * <p>The writer semaphore has room for both, so both producers are in {@code put} together, and with
 * the lock unused both can write slot 0 before either advances {@code in}: one item is overwritten,
 * and the second take reads slot 1, which nobody wrote (0). The reader semaphore was released twice,
 * so both takes return.
 */
@JCStressTest
@StressOf("simple-queue/unused-lock")
@Description("two semaphores and an unused lock: two producers overwrite one slot")
@Outcome(id = {"1, 2", "2, 1"}, expect = ACCEPTABLE, desc = "both items came out, once each")
@Outcome(expect = ACCEPTABLE_INTERESTING, desc = "an item lost (overwritten) and a slot nobody wrote taken")
@State
public class LostItemOnSimpleQueue {
    private final SimpleQueue queue = new SimpleQueue(2);

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
            Thread.currentThread().interrupt(); // jcstress never interrupts actors; the takes show it
        }
    }
}
