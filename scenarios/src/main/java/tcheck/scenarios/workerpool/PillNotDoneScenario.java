package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code worker-pool/pill-not-done}: {@link PillNotDoneWorker}s, one pill each after the tasks, and the
 * main thread waits with {@code queue.join()}: the pills are never marked done, so it waits for ever
 * ({@code 003_db7905cd5774b6a8.txt} line 262 with {@code 004_fbb8ff1068e5a4f0.txt} lines 1537-1541).
 */
public final class PillNotDoneScenario extends WorkerPoolScenario {
    @Override
    public String variant() {
        return "pill-not-done";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "a pill per worker, but the pill is never marked done: queue.join() waits for ever";
    }

    @Override
    public String lesson() {
        return "The workers stop at their pill before task_done(), so the pills stay unfinished and the main thread's"
                + " queue.join() never returns, although every task was processed and every worker stopped. Mark"
                + " every item taken done, pill or not, in a finally.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    public String seed() {
        return "003_db7905cd5774b6a8.txt lines 236-262 (task_done() in finally, myqueue.join()); 004_fbb8ff1068e5a4f0.txt"
                + " lines 1536-1541 (if item is None: break, before task_done())";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new WorkersProgram(bound, PillNotDoneWorker::new, bound.threads(), true);
    }
}
