package tcheck.scenarios.simplequeue;

import java.util.ArrayList;
import java.util.List;

/** What a trace shows of a ring buffer: its non-empty slots, oldest first. */
final class SlotView {
    private SlotView() {
    }

    static List<Integer> contents(int[] slots, int out) {
        List<Integer> items = new ArrayList<>();
        for (int k = 0; k < slots.length; k++) {
            int item = slots[(out + k) % slots.length];
            if (item != 0) {
                items.add(item);
            }
        }
        return items;
    }
}
