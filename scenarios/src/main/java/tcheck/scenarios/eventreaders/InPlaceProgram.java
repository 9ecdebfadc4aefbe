package tcheck.scenarios.eventreaders;

import java.util.Arrays;
import java.util.Map;

/** The seed's Event example: {@link InPlaceUpdater} and {@link InPlaceReader}s sharing one array and one {@link Event}. */
public final class InPlaceProgram extends ReadersProgram {
    private final int[] data;
    private final Event updated = new Event();

    InPlaceProgram(int readers, int updates, int size) {
        super(readers, updates);
        if (size < 1) {
            throw new IllegalArgumentException("the shared data needs at least 1 element, got " + size);
        }
        this.data = new int[size];
    }

    @Override
    Runnable updater() {
        return new InPlaceUpdater(data, updated, updates());
    }

    @Override
    Runnable reader(int index, ReadLog log) {
        return new InPlaceReader(data, updated, updates(), log);
    }

    @Override
    void putSharedData(Map<String, Object> state) {
        state.put("data", Arrays.toString(data));
        state.put("updated", updated.describe());
    }
}
