package tcheck.scenarios.racecounter;

import tcheck.specs.CounterSpec;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every race-counter variant shares: n threads each increment one shared counter m times
 * and the final count must be n x m. Variants differ only in the counter class.
 */
abstract class RaceCounterScenario implements Scenario {
    static final String FAMILY = "race-counter";

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 155-181 (globVar += 1); 003_db7905cd5774b6a8.txt lines 159-218"
                + " (x+=1, then with Lock); 004_fbb8ff1068e5a4f0.txt lines 1080-1198 (increment_global, then with Lock)";
    }

    /**
     * The invariant, no exception, no deadlock and termination always; variants that claim to be
     * correct also claim freedom from data races and linearizability.
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

    /** Two threads, one increment each: the smallest program that can lose an update. */
    @Override
    public Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public String boundMeaning() {
        return "threads T1..Tn x increments per thread; capacity unused";
    }

    /** The counter against {@link CounterSpec}, read once more with {@code get()} after the joins. */
    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return new ObjectUnderTest(Counter.class, counter -> new CounterSpec(((Counter) counter).get()), "get");
    }
}
