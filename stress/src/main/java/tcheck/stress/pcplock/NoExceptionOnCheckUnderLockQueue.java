package tcheck.stress.pcplock;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;
import tcheck.scenarios.pcplock.CheckUnderLockQueue;
import tcheck.stress.harness.StressOf;

import java.util.NoSuchElementException;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The two consumers of {@link NoSuchElementOnCheckOutsideLockQueue} on the seed's own queue, which
 * checks and removes under one lock: the consumer that comes second finds the queue empty and
 * returns null. No exception, and the item is taken exactly once.
 */
@JCStressTest
@StressOf("pcp-lock/check-under-lock")
@Description("check and take under one lock: no consumer takes from an empty queue")
@Outcome(id = {"1, null", "null, 1"}, expect = ACCEPTABLE, desc = "one consumer took the item, the other found the queue empty")
@Outcome(id = {"1, NoSuchElementException", "NoSuchElementException, 1"}, expect = FORBIDDEN,
        desc = "NoSuchElementException: a consumer removed from an empty queue")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "the one item was taken twice")
@State
public class NoExceptionOnCheckUnderLockQueue {
    private final CheckUnderLockQueue queue = new CheckUnderLockQueue();

    public NoExceptionOnCheckUnderLockQueue() {
        queue.put(1);
    }

    @Actor
    public void consumer1(LL_Result r) {
        r.r1 = poll();
    }

    @Actor
    public void consumer2(LL_Result r) {
        r.r2 = poll();
    }

    private Object poll() {
        try {
            return queue.poll();
        } catch (NoSuchElementException e) {
            return "NoSuchElementException";
        }
    }
}
