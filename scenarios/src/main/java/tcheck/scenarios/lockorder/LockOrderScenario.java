package tcheck.scenarios.lockorder;

import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every lock-order variant shares: threads paying money round a ring of accounts, each transfer
 * holding both accounts' locks, as in seed {@code 003_db7905cd5774b6a8.txt} line 222 (two threads, two
 * resources, taken in opposite order). The variants differ only in how a transfer takes its two locks.
 *
 * <p>There is no object under test for linearizability: the bugs here are liveness bugs (a deadlock,
 * a livelock), which no sequential specification sees; the whole program is the unit.
 */
abstract class LockOrderScenario implements Scenario {
    static final String FAMILY = "lock-order";
    static final String SEED = "003_db7905cd5774b6a8.txt line 222 (a lock on resource A, then B; another thread B, then A;"
            + " \"adding a timeout for a resource to hold a lock\")";

    @Override
    public final String family() {
        return FAMILY;
    }

    @Override
    public String seed() {
        return SEED;
    }

    /** Two threads paying in opposite directions, one transfer each: the seed's picture, and enough for both bugs. */
    @Override
    public final Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public final String boundMeaning() {
        return "threads: T1..Tn round a ring of n accounts (Ti pays the i-th account into the next; at least 2);"
                + " operations: transfers per thread; capacity unused";
    }

    /** Every access to a balance holds that account's lock, so every variant is race-free. */
    @Override
    public Set<Property> properties() {
        return EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION, Property.NO_DATA_RACE);
    }

    abstract Transfer transfer();

    @Override
    public TransferProgram newProgram(Bound bound) {
        return new TransferProgram(bound, transfer());
    }
}
