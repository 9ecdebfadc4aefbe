package tcheck.scenarios.eventreaders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one reader saw, in order: a copy of the data for every read. Only its reader writes it, so
 * it adds no race of its own; the program reads it after {@code join()} to check the properties.
 */
final class ReadLog {
    private final int[][] reads;
    private int count;

    ReadLog(int capacity) {
        this.reads = new int[capacity][];
    }

    void add(int[] read) {
        reads[count] = read;
        count++;
    }

    List<int[]> reads() {
        List<int[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(reads[i].clone());
        }
        return out;
    }

    /** e.g. {@code [[1, 1], [2, 1]]}, for traces. */
    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shown.add(Arrays.toString(reads[i]));
        }
        return shown.toString();
    }
}
