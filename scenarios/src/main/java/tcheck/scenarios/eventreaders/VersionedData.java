package tcheck.scenarios.eventreaders;

import java.util.Arrays;

/**
 * One published version of the data: a version number and its own copy of the values. Immutable:
 * the constructor copies the array and nothing ever writes to it again, so whoever holds a
 * {@code VersionedData} holds one whole version, whatever the updater does next.
 */
public record VersionedData(int version, int[] values) {
    public VersionedData {
        values = values.clone();
    }

    /** A copy: the record's own array must stay unchanged. */
    @Override
    public int[] values() {
        return values.clone();
    }

    public int at(int index) {
        return values[index];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionedData d && d.version == version && Arrays.equals(d.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * version + Arrays.hashCode(values);
    }

    /** e.g. {@code v2 [2, 2]}. */
    @Override
    public String toString() {
        return "v" + version + " " + Arrays.toString(values);
    }
}
