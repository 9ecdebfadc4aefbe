package tcheck.scenarios.eventreaders;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Property;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code event-readers/snapshot}: the fix for the seed's Event example
 * ({@code 002_e91a849d01495b10.txt} lines 572-610). The {@link SnapshotUpdater} publishes each
 * update as a new immutable {@link VersionedData} through one volatile reference on the
 * {@link SnapshotBoard}; {@link SnapshotReader}s wait for a version newer than the one they read.
 * Every read is a whole version, no reader reads a version twice, and every reader reads the last.
 */
public final class SnapshotScenario extends EventReadersScenario {
    @Override
    public String variant() {
        return "snapshot";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "Event readers: publish immutable versioned snapshots";
    }

    @Override
    public String lesson() {
        return "The updater builds each version aside as an immutable snapshot and publishes it with one write of "
                + "one volatile reference, so a reader holds the old version or the new one, never half of each. A "
                + "version number replaces the flag: a reader waits until the version is newer than the last it read, "
                + "so it never reads one twice and never misses the last.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 572-610 (the Event example it fixes)";
    }

    @Override
    public Set<Property> properties() {
        return EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK, Property.TERMINATION,
                Property.NO_DATA_RACE);
    }

    @Override
    public SnapshotProgram newProgram(Bound bound, int size) {
        return new SnapshotProgram(bound.threads(), bound.operations(), size);
    }
}
