package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code worker-pool/executor}: the same tasks on {@code Executors.newFixedThreadPool(n)}, then
 * {@code shutdown()} and {@code awaitTermination} ({@link ExecutorProgram}). The pool keeps its own
 * blocking queue, counts its own workers and stops each of them once: the three hand-counted things the
 * buggy variants get wrong (an emptiness check, a pill marked done, a pill per worker) are not the
 * programmer's to count. It answers seed {@code 003_db7905cd5774b6a8.txt} lines 236-268 and
 * {@code 004_fbb8ff1068e5a4f0.txt} lines 1530-1552 the way Java code would.
 */
public final class ExecutorScenario extends WorkerPoolScenario {
    @Override
    public String variant() {
        return "executor";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "a fixed thread pool: execute, shutdown(), awaitTermination";
    }

    @Override
    public String lesson() {
        return "The executor owns the queue and the workers: shutdown() stops each worker once the queue is empty,"
                + " awaitTermination() waits for all of them. Nothing is counted by hand, so no pill is missing and"
                + " no worker waits for a task that will not come.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "003_db7905cd5774b6a8.txt lines 236-268 (Queue workers, myqueue.join()); 004_fbb8ff1068e5a4f0.txt"
                + " lines 1530-1552 (workers, joined): the JDK's pool instead";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new ExecutorProgram(bound);
    }
}
