package tcheck.scenarios.eventreaders;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Property;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code event-readers/in-place}: the seed's Event example as written
 * ({@code 002_e91a849d01495b10.txt} lines 572-610): the {@link InPlaceUpdater} clears the
 * {@link Event}, overwrites the shared array in place and sets the event; {@link InPlaceReader}s
 * wait for the event and copy the array. A reader can copy half of one update and half of the next
 * (kind "torn-read"), or read an update twice, or miss the last one ("invariant").
 *
 * <p>The conflicting plain reads and writes of the array are also a data race; the properties ask
 * for the torn read, the lesson of this variant, not for the race behind it.
 */
public final class InPlaceScenario extends EventReadersScenario {
    @Override
    public String variant() {
        return "in-place";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "Event readers: clear(), update the data in place, set()";
    }

    @Override
    public String lesson() {
        return "The event only says that an update happened, not that the data holds still: a reader woken by "
                + "update 1 may still be copying while the updater clears the event and overwrites the same array with "
                + "update 2, so it sees half of each (a torn read). And a flag is not a counter: a reader can pass "
                + "wait() again on the flag of an update it already read, or sleep through one.";
    }

    @Override
    public String expectedKind() {
        return "torn-read";
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 572-610 (updated = Event(); update_data: clear, data[:] = ..., set; "
                + "get_data: wait, print data[:5], data[-5:])";
    }

    @Override
    public Set<Property> properties() {
        return EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK, Property.TERMINATION);
    }

    @Override
    public InPlaceProgram newProgram(Bound bound, int size) {
        return new InPlaceProgram(bound.threads(), bound.operations(), size);
    }
}
