package tcheck.stress.racecounter;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import tcheck.scenarios.racecounter.SynchronizedCounter;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The same two increments on a counter whose {@code increment()} is {@code synchronized}: the
 * second thread cannot read until the first has written and released the monitor, so the arbiter
 * always sees 2. A 1 here would mean the fix does not work, and fails the build.
 */
@JCStressTest
@StressOf("race-counter/synchronized")
@Description("synchronized count++ never loses an update")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update")
@State
public class NoLostUpdateOnSynchronizedCounter {
    private final SynchronizedCounter counter = new SynchronizedCounter();

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
