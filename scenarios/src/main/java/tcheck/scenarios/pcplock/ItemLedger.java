package tcheck.scenarios.pcplock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where every item of a producer/consumer run went: which consumer took it, or whether it was still
 * in the buffer at the end. Used by the final-state checks of both producer/consumer families to
 * find lost, duplicated and invented items (each item must come out exactly once).
 */
public final class ItemLedger {
    private final List<Integer> put;
    /** The same items as a set: real-thread runs check 100,000 items, so lookups must be O(1). */
    private final Set<Integer> putSet;
    private final Map<Integer, List<String>> whereabouts = new LinkedHashMap<>();

    /** @param put every item the producers put, each value distinct */
    public ItemLedger(Collection<Integer> put) {
        this.put = List.copyOf(put);
        this.putSet = new HashSet<>(put);
    }

    public void taken(String consumer, int item) {
        whereabouts.computeIfAbsent(item, k -> new ArrayList<>()).add("taken by " + consumer);
    }

    public void left(Collection<Integer> items) {
        for (Integer item : items) {
            whereabouts.computeIfAbsent(item, k -> new ArrayList<>()).add("left in items");
        }
    }

    /**
     * The first thing wrong, or null when every put item came out exactly once.
     *
     * @param leftoversAllowed whether an item may still be in the buffer at the end
     */
    public String problem(boolean leftoversAllowed) {
        for (Map.Entry<Integer, List<String>> e : whereabouts.entrySet()) {
            if (!putSet.contains(e.getKey())) {
                return "item " + e.getKey() + " " + String.join(" and ", e.getValue()) + " but never put";
            }
            if (e.getValue().size() > 1) {
                return "item " + e.getKey() + " came out " + e.getValue().size() + " times: "
                        + String.join(", ", e.getValue()) + " (duplicate)";
            }
        }
        for (Integer item : put) {
            List<String> where = whereabouts.get(item);
            if (where == null) {
                return "item " + item + " lost: put, but never taken and not left in items";
            }
            if (!leftoversAllowed && where.get(0).startsWith("left")) {
                return "item " + item + " never taken: still in items at the end";
            }
        }
        return null;
    }
}
