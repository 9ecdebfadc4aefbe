package tcheck.stress.pcpcondition;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import tcheck.scenarios.pcpcondition.NotifyAllBuffer;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The hand-off of {@link HandOffThroughTwoConditionBuffer} through the monitor buffer: one
 * {@code synchronized} lock, {@code while} around {@code wait()} and {@code notifyAll()}. The
 * producer waits while the single slot is full, the consumer while it is empty; each change wakes
 * every waiter, so the one that can proceed is always among them.
 */
@JCStressTest
@StressOf("pcp-condition/notify-all")
@Description("synchronized with while-wait and notifyAll() hands over every item once, in order")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "both items taken once, in order")
@Outcome(id = "2, 1", expect = FORBIDDEN, desc = "items out of order")
@Outcome(id = {"1, 1", "2, 2"}, expect = FORBIDDEN, desc = "an item taken twice")
@State
public class HandOffThroughNotifyAllBuffer {
    private final NotifyAllBuffer buffer = new NotifyAllBuffer(1);

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
