package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code worker-pool/pill-per-worker}: {@link PillDoneWorker}s, one pill per worker after the tasks, the
 * main thread waits with {@code queue.join()} and then joins the workers: every item is marked done
 * once, every worker stops once ({@code 003_db7905cd5774b6a8.txt} lines 236-262, stopped properly).
 */
public final class PillPerWorkerScenario extends WorkerPoolScenario {
    @Override
    public String variant() {
        return "pill-per-worker";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "task_done() in finally for tasks and pills, one pill per worker";
    }

    @Override
    public String lesson() {
        return "Every item taken, task or pill, is marked done exactly once in a finally, so queue.join() returns when all"
                + " are processed; one pill per worker stops each worker exactly once, so the main thread can join them.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "003_db7905cd5774b6a8.txt lines 236-262 (task_done() in finally, myqueue.join()); 004_fbb8ff1068e5a4f0.txt line 1537 (the pill)";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new WorkersProgram(bound, PillDoneWorker::new, bound.threads(), true);
    }
}
