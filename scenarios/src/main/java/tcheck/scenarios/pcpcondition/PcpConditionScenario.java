package tcheck.scenarios.pcpcondition;

import tcheck.specs.BoundedBufferSpec;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every pcp-condition variant shares: n producers and n consumers over one bounded buffer
 * whose threads wait (condition or monitor) instead of polling.
 */
abstract class PcpConditionScenario implements Scenario {
    static final String FAMILY = "pcp-condition";

    @Override
    public String family() {
        return FAMILY;
    }

    /** Two producers and two consumers, one item each, capacity 1: the smallest size that shows both bugs. */
    @Override
    public Bound defaultBound() {
        return new Bound(2, 1, 1);
    }

    @Override
    public String boundMeaning() {
        return "threads: producers P1..Pn and as many consumers C1..Cn; operations: items each producer puts"
                + " and each consumer takes; capacity: buffer capacity";
    }

    /**
     * The invariant, no exception, no deadlock and termination always, and no data race (every
     * variant touches the list only under its lock or monitor); linearizability for the fixed ones.
     */
    @Override
    public Set<Property> properties() {
        Set<Property> p = EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION, Property.NO_DATA_RACE);
        if (expectedKind() == null) {
            p.add(Property.LINEARIZABLE);
        }
        return p;
    }

    /** The buffer against a FIFO of the bound's capacity: take waits while empty, put while full. */
    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return new ObjectUnderTest(BoundedBuffer.class, buffer -> new BoundedBufferSpec(bound.capacity()), null);
    }
}
