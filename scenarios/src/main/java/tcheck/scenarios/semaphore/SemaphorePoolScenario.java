package tcheck.scenarios.semaphore;

import tcheck.scenario.Bound;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;
import tcheck.specs.SemaphoreSpec;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every semaphore-pool variant shares: n threads using a pool of N places, m rounds each, behind
 * a semaphore of N permits (seed {@code 000_715c6142ede907d2.txt} lines 612-787, Semaphore and
 * BoundedSemaphore; {@code 002_e91a849d01495b10.txt} lines 1204-1215, "bandwidth management").
 */
abstract class SemaphorePoolScenario implements Scenario {
    static final String FAMILY = "semaphore-pool";

    @Override
    public final String family() {
        return FAMILY;
    }

    /**
     * Two threads, two rounds each, a pool of one: an extra permit made in T1's first round lets T1
     * and T2 in together in the second.
     */
    @Override
    public final Bound defaultBound() {
        return new Bound(2, 2, 1);
    }

    @Override
    public final String boundMeaning() {
        return "threads: T1..Tn using the pool; operations: rounds per thread (acquire, use, release);"
                + " capacity: N, the semaphore's permits and the places in the pool";
    }

    /** The pool and the bounded semaphore are monitors, and the JDK's semaphore orders its users, so no data race. */
    @Override
    public Set<Property> properties() {
        Set<Property> p = EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION, Property.NO_DATA_RACE);
        if (objectUnderTest(defaultBound()) != null) {
            p.add(Property.LINEARIZABLE);
        }
        return p;
    }

    /** A bounded semaphore against {@link SemaphoreSpec#bounded(int)}; read once more with availablePermits() at the end. */
    static ObjectUnderTest boundedSemaphore(Bound bound) {
        return new ObjectUnderTest(BoundedSemaphore.class, s -> SemaphoreSpec.bounded(bound.capacity()), "availablePermits");
    }
}
