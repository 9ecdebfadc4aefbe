package tcheck.scenarios.pcplock;

import tcheck.specs.BoundedBufferSpec;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What both pcp-lock variants share: one producer, n polling consumers, a queue guarded only by a
 * lock (no condition to wait on), as in seed {@code 000_715c6142ede907d2.txt} lines 799-835.
 */
abstract class PcpLockScenario implements Scenario {
    static final String FAMILY = "pcp-lock";

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 799-835 (producer/consumer with only a Lock; consumer polls,"
                + " \"Queue Empty\"; line 829 warns of the IndexError)";
    }

    /** One item and two consumers with one attempt each: the smallest program where both see it. */
    @Override
    public Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public String boundMeaning() {
        return "threads: consumers C1..Cn (always one producer P1); operations: items P1 puts (1..m) and"
                + " poll attempts per consumer; capacity unused (the queue is unbounded)";
    }

    /**
     * The invariant, no exception, no deadlock and termination always; no data race and
     * linearizability for the variant that claims to be correct.
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

    /** The queue against an unbounded FIFO ({@link BoundedBufferSpec#unbounded()}, poll returns null when empty). */
    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return new ObjectUnderTest(PollingQueue.class, queue -> BoundedBufferSpec.unbounded(), null);
    }
}
