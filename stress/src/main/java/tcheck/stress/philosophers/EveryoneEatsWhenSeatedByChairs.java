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
 * Two greedy philosophers (left fork, then right) who must first take one of {@code n - 1 = 1}
 * chairs, a {@code Semaphore}. With only one of them at the table at a time the two-fork circle of
 * waits cannot close; the other gets the chair when the first stands up. The arbiter checks that
 * both ate, each with both forks and alone.
 */
@JCStressTest
@StressOf("philosophers/seated")
@Description("at most n-1 seated: both philosophers eat")
@Outcome(id = "1, 1, none", expect = ACCEPTABLE, desc = "each philosopher ate, holding both forks, never beside an eating neighbour")
@Outcome(id = "1, 1, phil-.*", expect = FORBIDDEN, desc = "a philosopher ate without both forks or beside an eating neighbour")
@Outcome(id = {"0, .*", "1, 0, .*"}, expect = FORBIDDEN, desc = "a philosopher did not eat")
@State
public class EveryoneEatsWhenSeatedByChairs {
    private final StressDinner dinner = StressDinner.seated(2, 1);

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
