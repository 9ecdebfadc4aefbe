package tcheck.scenarios.barrier;

import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every barrier variant shares: n workers computing in rounds over one board, each round a
 * write of the worker's own cell and a read of its neighbour's, synchronized by a barrier (seed
 * {@code 002_e91a849d01495b10.txt} lines 1096-1121, {@code threading.Barrier}). A whole program: the
 * barrier is the JDK's, and the property is about what the workers read.
 */
abstract class BarrierScenario implements Scenario {
    static final String FAMILY = "barrier";
    static final String SEED = "002_e91a849d01495b10.txt lines 1096-1121 (Barrier(10): ten threads, one msg_barrier.wait() each)";

    @Override
    public final String family() {
        return FAMILY;
    }

    @Override
    public String seed() {
        return SEED;
    }

    /** Two workers, two rounds: the smallest computation where a round can overlap the next. */
    @Override
    public Bound defaultBound() {
        return Bound.of(2, 2);
    }

    @Override
    public final String boundMeaning() {
        return "threads: workers W1..Wn (at least 2); operations: rounds, each a write of the worker's cell and a"
                + " read of its neighbour's; capacity unused";
    }

    @Override
    public Set<Property> properties() {
        Set<Property> p = EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION);
        if (expectedKind() == null) {
            p.add(Property.NO_DATA_RACE);
        }
        return p;
    }

    static Board board(Bound bound) {
        if (bound.threads() < 2) {
            throw new IllegalArgumentException("a phased computation needs at least 2 workers, got bound " + bound);
        }
        return new Board(bound.threads(), bound.operations());
    }
}
