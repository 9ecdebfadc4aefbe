package tcheck.stress.philosophers;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIL_Result;
import tcheck.scenarios.philosophers.StressDinner;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two philosophers, two forks, one meal each, both taking the lower-numbered fork first.
 *
 * <p>At a table of two the greedy philosophers deadlock as soon as each holds its left fork; here
 * both reach for fork 0 first, so whoever gets it also gets fork 1, eats and lets go. The arbiter
 * checks that both ate and that nobody ate without both forks or beside an eating neighbour. Only
 * the fixed variants have a jcstress test: a deadlocked or livelocked actor would never return.
 */
@JCStressTest
@StressOf("philosophers/ordered")
@Description("a global fork order: both philosophers eat, one at a time")
@Outcome(id = "1, 1, none", expect = ACCEPTABLE, desc = "each philosopher ate, holding both forks, never beside an eating neighbour")
@Outcome(id = "1, 1, phil-.*", expect = FORBIDDEN, desc = "a philosopher ate without both forks or beside an eating neighbour")
@Outcome(id = {"0, .*", "1, 0, .*"}, expect = FORBIDDEN, desc = "a philosopher did not eat")
@State
public class EveryoneEatsWithOrderedForks {
    private final StressDinner dinner = StressDinner.ordered(2, 1);

    @Actor
    public void phil0() {
        dinner.dine(0);
    }

    @Actor
    public void phil1() {
        dinner.dine(1);
    }

    @Arbiter
    public void afterDinner(IIL_Result r) {
        r.r1 = dinner.meals(0);
        r.r2 = dinner.meals(1);
        r.r3 = dinner.clash();
    }
}
