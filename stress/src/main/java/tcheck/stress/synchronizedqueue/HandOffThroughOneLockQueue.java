package tcheck.stress.synchronizedqueue;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import tcheck.scenarios.synchronizedqueue.OneLockQueue;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * One producer puts 1 then 2 into the fixed {@code SynchronizedQueue} of capacity 1 while one consumer
 * takes twice: each waits for the other in turn, and every interleaving terminates.
 *
 * <p>The buggy variants of this family need two consumers (or two producers) besides the other side to
 * go wrong: two consumers seeing one item. With two actors, one of them a consumer that may find the
 * queue empty, a correct queue would make that consumer wait for ever; so, as for the pcp-condition
 * buffers, only the fixed queue has a jcstress test, and the explorer shows the bugs.
 */
@JCStressTest
@StressOf("synchronized-queue/while-one-lock")
@Description("while + one lock with two conditions hands over every item once, in order")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "both items taken once, in order")
@Outcome(expect = FORBIDDEN, desc = "an item lost, duplicated or out of order")
@State
public class HandOffThroughOneLockQueue {
    private final OneLockQueue queue = new OneLockQueue(1);

    @Actor
    public void producer() {
        try {
            queue.put(1);
            queue.put(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Actor
    public void consumer(II_Result r) {
        try {
            r.r1 = queue.take();
            r.r2 = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r1 = -1;
        }
    }
}
