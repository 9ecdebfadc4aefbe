package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code worker-pool/empty-then-take}: two {@link EmptyThenTakeWorker}s and one task. Both find the
 * queue non-empty, one takes the task, the other waits in {@code take()} for ever, and the main thread
 * waits to join it: {@code 004_fbb8ff1068e5a4f0.txt} lines 1530-1552.
 */
public final class EmptyThenTakeScenario extends WorkerPoolScenario {
    @Override
    public String variant() {
        return "empty-then-take";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "while (!queue.isEmpty()) take(): the last task goes to one worker, the other waits for ever";
    }

    @Override
    public String lesson() {
        return "Both workers see one task left and go to take it; one gets it, the other waits in take() on an empty queue"
                + " that nobody will fill again, and the main thread waits to join it. A check of isEmpty() is stale by"
                + " the time you take; stop workers with a pill, or use a non-blocking poll.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    public String seed() {
        return "004_fbb8ff1068e5a4f0.txt lines 1530-1552 (while not queue.empty(): item = queue.get(); the main thread joins the workers)";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new WorkersProgram(bound, EmptyThenTakeWorker::new, 0, false);
    }
}
