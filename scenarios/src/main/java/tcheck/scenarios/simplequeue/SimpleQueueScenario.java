package tcheck.scenarios.simplequeue;

import tcheck.scenario.Bound;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;
import tcheck.scenarios.pcpcondition.BoundedBuffer;
import tcheck.specs.BoundedBufferSpec;

import java.util.EnumSet;
import java.util.Set;

/**
 * What both simple-queue variants share: n producers and n consumers over the seed's semaphore queue
 * ({@code 002_e91a849d01495b10.txt} lines 1218-1250), run by the same program as the pcp-condition
 * buffers, and checked against the same bounded-buffer spec.
 */
abstract class SimpleQueueScenario implements Scenario {
    static final String FAMILY = "simple-queue";

    @Override
    public final String family() {
        return FAMILY;
    }

    /**
     * Two producers and two consumers, one item each, two places: with one place the semaphores alone
     * already let only one producer and one consumer at a time touch the buffer, and the missing lock
     * would not show.
     */
    @Override
    public final Bound defaultBound() {
        return new Bound(2, 1, 2);
    }

    @Override
    public final String boundMeaning() {
        return "threads: producers P1..Pn and as many consumers C1..Cn; operations: items each producer puts and"
                + " each consumer takes; capacity: the queue's size (at least 2 for the bug to show)";
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1218-1250 (SimpleQueue: reader = Semaphore(0), writer = Semaphore(size),"
                + " self.lock created at line 1230 and never used)";
    }

    /** No data race and linearizability for the variant that takes its lock. */
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
