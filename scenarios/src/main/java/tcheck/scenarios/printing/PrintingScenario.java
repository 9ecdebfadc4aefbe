package tcheck.scenarios.printing;

import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What both interleaved-printing variants share: threads printing lines in pieces on one shared
 * in-memory console, as in seed {@code 000_715c6142ede907d2.txt} lines 551-608. The console is the
 * checker-visible stand-in for {@code System.out}; the property is a whole-program one
 * ({@link tcheck.specs.properties.WholeLinesProperty}), so there is no object under test.
 */
abstract class PrintingScenario implements Scenario {
    static final String FAMILY = "interleaved-printing";

    @Override
    public final String family() {
        return FAMILY;
    }

    /** Two threads, one line each: the smallest output that can tear. */
    @Override
    public final Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public final String boundMeaning() {
        return "threads: T1..Tn printing (at most 3: letters, small letters, digits); operations: lines per thread"
                + " (at most 8), each a letter printed twice and a newline, in three pieces; capacity unused";
    }

    /** The console's own monitor orders every print, so there is no data race even in the buggy variant. */
    @Override
    public Set<Property> properties() {
        return EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION, Property.NO_DATA_RACE);
    }
}
