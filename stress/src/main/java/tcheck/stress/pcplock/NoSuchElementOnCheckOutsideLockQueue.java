package tcheck.stress.pcplock;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;
import tcheck.scenarios.pcplock.CheckOutsideLockQueue;
import tcheck.stress.harness.StressOf;

import java.util.NoSuchElementException;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Two polling consumers and one item, on the queue that checks {@code isEmpty()} before taking
 * its lock.
 *
 * <p>Both consumers can see one item, then take the lock in turn: the first removes it, the second
 * calls {@code removeFirst()} on an empty list. The exception, Java's form of the seed's
 * {@code IndexError}, is caught in the actor and recorded as the outcome: an exception escaping an
 * actor would make jcstress report a test error, not a histogram.
 */
@JCStressTest
@StressOf("pcp-lock/check-outside-lock")
@Description("isEmpty() outside the lock, removeFirst() inside: a consumer takes from an empty queue")
@Outcome(id = {"1, null", "null, 1"}, expect = ACCEPTABLE, desc = "one consumer took the item, the other found the queue empty")
@Outcome(id = {"1, NoSuchElementException", "NoSuchElementException, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "NoSuchElementException: both passed the emptiness check, one removed from an empty queue")
@State
public class NoSuchElementOnCheckOutsideLockQueue {
    private final CheckOutsideLockQueue queue = new CheckOutsideLockQueue();

    public NoSuchElementOnCheckOutsideLockQueue() {
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
