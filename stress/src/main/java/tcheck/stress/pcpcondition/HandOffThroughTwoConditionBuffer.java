package tcheck.stress.pcpcondition;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import tcheck.scenarios.pcpcondition.TwoConditionBuffer;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * One producer puts 1 then 2 into a buffer of capacity 1 while one consumer takes twice: the
 * producer must wait on {@code notFull} for the first take, the consumer on {@code notEmpty} for
 * each put. Every interleaving of these two actors terminates, so jcstress can run it.
 *
 * <p>What it shows on real hardware: the items arrive once each and in order, and no signal is
 * lost (a lost signal would leave an actor waiting, and the harness's deadline would fail the run).
 * The buggy buffers of this family ({@code if} before {@code await()}, one condition with
 * {@code notify()}) need two consumers or two producers besides the other side, three threads; with
 * two actors they behave correctly, so they have no jcstress test here: the explorer and the
 * real-thread tests show their bugs.
 */
@JCStressTest
@StressOf("pcp-condition/two-conditions")
@Description("notFull/notEmpty conditions with while-await hand over every item once, in order")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "both items taken once, in order")
@Outcome(id = "2, 1", expect = FORBIDDEN, desc = "items out of order")
@Outcome(id = {"1, 1", "2, 2"}, expect = FORBIDDEN, desc = "an item taken twice")
@State
public class HandOffThroughTwoConditionBuffer {
    private final TwoConditionBuffer buffer = new TwoConditionBuffer(1);

    @Actor
    public void producer() {
        try {
            buffer.put(1);
            buffer.put(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // jcstress never interrupts actors; the consumer's result shows it
        }
    }

    @Actor
    public void consumer(II_Result r) {
        try {
            r.r1 = buffer.take();
            r.r2 = buffer.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r1 = -1; // an outcome no @Outcome describes: graded forbidden
        }
    }
}
