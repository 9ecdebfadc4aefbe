package tcheck.scenarios.philosophers;

import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every dining-philosophers variant shares: the family, the bound and the properties.
 * The default is 3 philosophers x 1 meal: three is the smallest table where the greedy deadlock
 * and the generous livelock are circles of more than two, and it keeps exhaustive search cheap.
 * Both bugs already show at 2 x 1.
 */
abstract class PhilosophersScenario implements Scenario {
    static final String SEED = "004_fbb8ff1068e5a4f0.txt lines 1214-1299 (dining philosophers, greedy and generous)";

    @Override
    public final String family() {
        return "philosophers";
    }

    @Override
    public Set<Property> properties() {
        return EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION, Property.NO_DATA_RACE);
    }

    @Override
    public final Bound defaultBound() {
        return Bound.of(3, 1);
    }

    @Override
    public final String boundMeaning() {
        return "threads = philosophers round the table (at least 2), operations = meals each philosopher eats";
    }

    static void requireTable(Bound bound) {
        if (bound.threads() < 2) {
            throw new IllegalArgumentException("dining philosophers need at least 2 seats, got bound " + bound);
        }
    }
}
