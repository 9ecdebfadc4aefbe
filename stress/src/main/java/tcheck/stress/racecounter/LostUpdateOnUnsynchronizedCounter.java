package tcheck.stress.racecounter;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import tcheck.scenarios.racecounter.UnsynchronizedCounter;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * {@code count++} on a plain field, from two threads at once, one increment each.
 *
 * <p>{@code count++} is a read, an add and a write. When both actors read 0 before either writes,
 * both write 1 and the arbiter, which runs after both actors, sees 1: an increment is lost. On real
 * hardware this needs the two reads to land within a few nanoseconds of each other, so it shows in
 * a few percent of the samples, not in every run of the textbook's loop of two.
 *
 * <p>The outcome 1 is graded ACCEPTABLE_INTERESTING, not FORBIDDEN: this variant is meant to have
 * the bug, and the harness reports "counterexample" when it shows and "not-observed" when the
 * budget was too short to catch it.
 */
@JCStressTest
@StressOf("race-counter/unsynchronized")
@Description("count++ without synchronization loses updates")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update")
@State
public class LostUpdateOnUnsynchronizedCounter {
    private final UnsynchronizedCounter counter = new UnsynchronizedCounter();

    @Actor
    public void t1() {
        counter.increment();
    }

    @Actor
    public void t2() {
        counter.increment();
    }

    @Arbiter
    public void count(I_Result r) {
        r.r1 = counter.get();
    }
}
