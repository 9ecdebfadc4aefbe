package tcheck.stress.racecounter;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import tcheck.scenarios.racecounter.AtomicCounter;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The same two increments through {@code AtomicInteger.incrementAndGet()}: the CPU's
 * compare-and-set fails for the thread that read a stale value, and it retries, so the arbiter
 * always sees 2 without either thread ever blocking.
 */
@JCStressTest
@StressOf("race-counter/atomic")
@Description("AtomicInteger.incrementAndGet() never loses an update")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update")
@State
public class NoLostUpdateOnAtomicCounter {
    private final AtomicCounter counter = new AtomicCounter();

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
