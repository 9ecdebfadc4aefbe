package tcheck.stress.semaphore;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import tcheck.scenarios.semaphore.StressPool;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Two threads, two rounds each, in a pool of one behind a {@link java.util.concurrent.Semaphore} of
 * one permit, each round releasing its permit twice.
 *
 * <p>After any first round the semaphore holds a permit too many, so in a later round both threads can
 * get one and be inside together. The arbiter reports the most threads that were ever inside at once.
 */
@JCStressTest
@StressOf("semaphore-pool/over-release")
@Description("a Semaphore released twice per acquire lets two threads into a pool of one")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "never more than one inside")
@Outcome(id = "2", expect = ACCEPTABLE_INTERESTING, desc = "two threads inside a pool of one")
@State
public class TwoInsideAfterOverRelease {
    private final StressPool pool = StressPool.overRelease();

    @Actor
    public void t1() {
        pool.rounds(true, 2);
    }

    @Actor
    public void t2() {
        pool.rounds(false, 2);
    }

    @Arbiter
    public void most(I_Result r) {
        r.r1 = pool.most();
    }
}
