package tcheck.scenarios.workerpool;

import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every worker-pool variant shares: n workers processing m tasks from one queue, as in seed
 * {@code 003_db7905cd5774b6a8.txt} lines 236-268 ({@code Queue} workers, {@code task_done()},
 * {@code join()}) and {@code 004_fbb8ff1068e5a4f0.txt} lines 1530-1552 (workers that stop when the
 * queue is empty or at a {@code None} pill). Every task must be processed exactly once and every
 * thread must finish; the bugs of this family are all waits that never end.
 */
abstract class WorkerPoolScenario implements Scenario {
    static final String FAMILY = "worker-pool";

    @Override
    public final String family() {
        return FAMILY;
    }

    /** Two workers, one task: enough for every wait of this family that never ends. */
    @Override
    public Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public final String boundMeaning() {
        return "threads: workers W1..Wn; operations: tasks 1..m put before the workers start; capacity unused";
    }

    /** The queue is a monitor and each task's record is written by the one worker that takes it: no data race. */
    @Override
    public Set<Property> properties() {
        return EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION, Property.NO_DATA_RACE);
    }
}
