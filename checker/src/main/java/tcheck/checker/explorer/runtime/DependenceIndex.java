package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps of an execution grouped by what {@link Op#dependsOn} compares: two operations that are
 * neither of them {@link OpKind.Dependence#GLOBAL} can only be dependent when their keys (the names
 * of their objects) are equal, and {@link OpKind.Dependence#ORDERED} ones never are, but for a thread's
 * start and a join of it (filed under the thread's name). So the steps an
 * operation may depend on are the global ones and those of its key; scanning only them instead of
 * every earlier step gives the same dependent steps, in the same order, without the quadratic scan.
 */
public final class DependenceIndex {
    private final Map<String, List<Step>> byKey;
    private final List<Step> global;

    /** {@code byKey}: every step that is not global by its key (no yields), {@code global}: the global ones, each in index order. */
    DependenceIndex(Map<String, List<Step>> byKey, List<Step> global) {
        this.byKey = byKey;
        this.global = global;
    }

    /**
     * The steps among {@code steps.subList(0, before)} that {@code op} may depend on, in step order:
     * every step {@code s} there with {@code s.op.dependsOn(op)} (or the converse) is in it.
     */
    public List<Step> candidates(List<Step> steps, Op op, int before) {
        switch (op.kind().dependence()) {
            case GLOBAL -> {
                return steps.subList(0, before);
            }
            default -> {
                if (op.kind() == OpKind.YIELD) {
                    return List.of();
                }
                List<Step> keyed = byKey.getOrDefault(op.key(), List.of());
                int k = count(keyed, before);
                if (op.kind() == OpKind.JOIN) { // see Op.dependsOn: only the start of the same thread
                    return keyed.subList(0, k);
                }
                int g = count(global, before);
                if (g == 0) {
                    return keyed.subList(0, k);
                }
                if (k == 0) {
                    return global.subList(0, g);
                }
                List<Step> out = new ArrayList<>(k + g);
                int i = 0;
                int j = 0;
                while (i < k || j < g) {
                    if (j == g || i < k && keyed.get(i).index < global.get(j).index) {
                        out.add(keyed.get(i++));
                    } else {
                        out.add(global.get(j++));
                    }
                }
                return out;
            }
        }
    }

    /** How many of {@code sorted} (by index) are among the first {@code before} steps. */
    private static int count(List<Step> sorted, int before) {
        int n = sorted.size();
        if (n == 0 || sorted.get(n - 1).index <= before) {
            return n;
        }
        int lo = 0;
        int hi = n - 1; // sorted.get(hi).index > before
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).index <= before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
