package tcheck.specs;

import java.util.Arrays;
import java.util.List;

/**
 * One published version of the Event readers' shared data: a version number and the values that
 * belong to it. Immutable, compared by content, so a read that mixes two versions equals neither.
 */
public record Snapshot(int version, List<Integer> values) {
    public Snapshot {
        values = List.copyOf(values);
    }

    public static Snapshot of(int version, int... values) {
        return new Snapshot(version, Arrays.stream(values).boxed().toList());
    }

    @Override
    public String toString() {
        return "v" + version + values;
    }
}
