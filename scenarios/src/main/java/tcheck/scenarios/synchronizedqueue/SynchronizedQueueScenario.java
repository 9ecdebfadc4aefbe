package tcheck.scenarios.synchronizedqueue;

import tcheck.scenario.Bound;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;
import tcheck.scenarios.pcpcondition.BoundedBuffer;
import tcheck.specs.BoundedBufferSpec;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every synchronized-queue variant shares: n producers and n consumers over the seed's
 * {@code SynchronizedQueue} ({@code 002_e91a849d01495b10.txt} lines 1143-1199), run by the same
 * program as the pcp-condition buffers and checked against the same bounded-buffer spec.
 */
abstract class SynchronizedQueueScenario implements Scenario {
    static final String FAMILY = "synchronized-queue";

    @Override
    public final String family() {
        return FAMILY;
    }

    /** Two producers and two consumers, one item each, capacity 1: two consumers can see one item. */
    @Override
    public final Bound defaultBound() {
        return new Bound(2, 1, 1);
    }

    @Override
    public final String boundMeaning() {
        return "threads: producers P1..Pn and as many consumers C1..Cn; operations: items each producer puts and"
                + " each consumer takes; capacity: the queue's capacity";
    }

    /**
     * No data race and linearizability only for the fixed variant: the split-lock ones read the list
     * under one lock and change it under another.
     */
    @Override
    public Set<Property> properties() {
        Set<Property> p = EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION);
        if (expectedKind() == null) {
            p.add(Property.NO_DATA_RACE);
            p.add(Property.LINEARIZABLE);
        }
        return p;
    }

    /** The queue against a FIFO of the bound's capacity: take waits while empty, put while full. */
    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return new ObjectUnderTest(BoundedBuffer.class, queue -> new BoundedBufferSpec(bound.capacity()), null);
    }
}
