package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code worker-pool/missing-pill}: {@link PillDoneWorker}s (pill marked done, correctly) but one pill
 * fewer than workers. {@code queue.join()} returns, all tasks are done; then the main thread joins the
 * workers and the one that got no pill waits in {@code take()} for ever. The main thread counted the
 * pills by hand, and one short; {@code 004_fbb8ff1068e5a4f0.txt} lines 1536-1552.
 */
public final class MissingPillScenario extends WorkerPoolScenario {
    @Override
    public String variant() {
        return "missing-pill";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "one poison pill for two workers: one worker waits for ever";
    }

    @Override
    public String lesson() {
        return "Each worker stops at the first pill it takes, so n workers need n pills. With one pill too few, the last"
                + " worker waits in take() for ever and the main thread, joining it, waits too.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    public String seed() {
        return "004_fbb8ff1068e5a4f0.txt lines 1536-1538 (if item is None: break) and 1547-1552 (the main thread joins every worker)";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new WorkersProgram(bound, PillDoneWorker::new, bound.threads() - 1, true); // BUG: one pill too few
    }
}
