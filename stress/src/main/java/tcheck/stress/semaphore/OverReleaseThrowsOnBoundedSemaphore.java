package tcheck.stress.semaphore;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LLI_Result;
import tcheck.scenarios.semaphore.StressPool;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * The double release of {@link TwoInsideAfterOverRelease}, one round each, on a bounded semaphore of one.
 *
 * <p>Four releases for two acquires: some release must find every permit back and throw. Which thread
 * throws depends on the interleaving (a stray release while the other thread holds its permit is still
 * counted; the next rightful release then trips over the bound), but one always does, so "ok, ok" never
 * shows. The arbiter adds the most threads ever inside: the bound stops the extra permit before it is
 * used, so that is always 1.
 */
@JCStressTest
@StressOf("semaphore-pool/bounded-fails-fast")
@Description("a BoundedSemaphore released twice per acquire throws instead of letting a thread too many in")
@Outcome(id = "ok, ok, 1", expect = ACCEPTABLE, desc = "no release went over the bound (cannot happen: four releases, two acquires)")
@Outcome(id = {"IllegalStateException, ok, 1", "ok, IllegalStateException, 1", "IllegalStateException, IllegalStateException, 1"},
        expect = ACCEPTABLE_INTERESTING, desc = "a release went over the bound and threw, before anyone used the extra permit")
@State
public class OverReleaseThrowsOnBoundedSemaphore {
    private final StressPool pool = StressPool.boundedFailsFast();

    @Actor
    public void t1(LLI_Result r) {
        r.r1 = pool.rounds(true, 1);
    }

    @Actor
    public void t2(LLI_Result r) {
        r.r2 = pool.rounds(false, 1);
    }

    @Arbiter
    public void most(LLI_Result r) {
        r.r3 = pool.most();
    }
}
