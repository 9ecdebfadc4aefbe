package tcheck.stress.workerpool;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;
import tcheck.scenarios.workerpool.StressWorkers;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two workers over a task queue holding two tasks and two pills, each marking every item it takes
 * done in a {@code finally} and stopping at its pill.
 *
 * <p>Both actors always return (each takes exactly one pill), every task is processed once, and no
 * item is left unfinished, so a {@code queue.join()} would return. The buggy variants of this family
 * have no jcstress test: each leaves a thread waiting for ever (a worker in {@code take()}, or the
 * main thread in {@code join()}), and jcstress cannot run an actor that never returns; the explorer
 * shows those waits instead.
 */
@JCStressTest
@StressOf("worker-pool/pill-per-worker")
@Description("task_done() in finally for tasks and pills, one pill per worker: every task once, nothing unfinished")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "each task processed once, every item marked done")
@Outcome(expect = FORBIDDEN, desc = "a task lost or processed twice, or an item left unfinished")
@State
public class EveryTaskOnceWithAPillPerWorker {
    private final StressWorkers pool = StressWorkers.pillPerWorker(2);

    @Actor
    public void w1() {
        pool.work(1);
    }

    @Actor
    public void w2() {
        pool.work(2);
    }

    @Arbiter
    public void outcome(L_Result r) {
        r.r1 = pool.outcome();
    }
}
