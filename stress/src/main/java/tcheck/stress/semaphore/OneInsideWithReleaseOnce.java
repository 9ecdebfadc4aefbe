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
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads, two rounds each, in a pool of one behind a bounded semaphore, one release per acquire
 * in {@code finally}: never two inside, never a release too many.
 */
@JCStressTest
@StressOf("semaphore-pool/release-once")
@Description("one release per acquire on a BoundedSemaphore: at most one thread in a pool of one")
@Outcome(id = "ok, ok, 1", expect = ACCEPTABLE, desc = "every round ran, one thread inside at a time")
@Outcome(expect = FORBIDDEN, desc = "two threads inside, or a release went over the bound")
@State
public class OneInsideWithReleaseOnce {
    private final StressPool pool = StressPool.releaseOnce();

    @Actor
    public void t1(LLI_Result r) {
        r.r1 = pool.rounds(true, 2);
    }

    @Actor
    public void t2(LLI_Result r) {
        r.r2 = pool.rounds(false, 2);
    }

    @Arbiter
    public void most(LLI_Result r) {
        r.r3 = pool.most();
    }
}
