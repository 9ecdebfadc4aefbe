package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcheck.results.FailureKind;

/**
 * Words and evidence for "every live thread is blocked": who holds what, who waits for what, and the
 * cycle of the waits-for graph if there is one (a lost wake-up has none: everyone waits for a
 * notification that will never come).
 */
final class Deadlocks {
    private Deadlocks() {
    }

    static Failure describe(List<ThreadState> threads, Primitives primitives, ObjectNames names, int step) {
        List<Map<String, Object>> who = new ArrayList<>();
        Map<Integer, Integer> waitsForThread = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (ThreadState t : threads) {
            if (t.status == Status.TERMINATED) {
                continue;
            }
            List<String> holds = primitives.holdings(t);
            Op op = t.pending;
            PrimitiveModel.Blocked b = op == null ? new PrimitiveModel.Blocked("is blocked", null) : primitives.blocked(t, threads, names);
            if (b.waitsFor() != null && b.waitsFor() != t) {
                waitsForThread.put(t.id, b.waitsFor().id);
            }
            boolean holderEnded = b.waitsFor() != null && b.waitsFor() != t && b.waitsFor().status == Status.TERMINATED;
            if (holderEnded) { // the lock is never given back: that is the bug, not this thread's wait
                b = new PrimitiveModel.Blocked(b.words() + ", which ended holding it", b.waitsFor());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("thread", t.name);
            entry.put("holds", holds);
            entry.put("waitsFor", b.words());
            if (holderEnded) {
                entry.put("heldByEnded", b.waitsFor().name);
            }
            entry.put("where", op == null || op.site() == null ? "" : op.site().where());
            who.add(entry);
            lines.add(t.name + (holds.isEmpty() ? "" : " holds " + String.join(", ", holds) + " and") + " " + b.words()
                    + (op == null || op.site() == null ? "" : " (" + op.site().where() + ")"));
        }
        List<String> cycle = cycle(waitsForThread, threads);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("threads", who);
        details.put("cycle", cycle);
        String message = "deadlock: every live thread is blocked. " + String.join("; ", lines)
                + (!cycle.isEmpty() ? ". Cycle: " + String.join(" -> ", cycle) + "."
                : who.stream().anyMatch(e -> e.containsKey("heldByEnded")) ? ". No cycle of locks: a lock is never given back."
                : ". No cycle of locks: every thread waits for a wake-up that will never come.");
        return OutsideThreads.unlessOneMayAct(new Failure(FailureKind.DEADLOCK, message, step, details));
    }

    private static List<String> cycle(Map<Integer, Integer> edges, List<ThreadState> threads) {
        for (Integer start : edges.keySet()) {
            List<Integer> path = new ArrayList<>();
            Integer at = start;
            while (at != null && !path.contains(at)) {
                path.add(at);
                at = edges.get(at);
            }
            if (at != null) {
                List<String> names = new ArrayList<>();
                for (int i = path.indexOf(at); i < path.size(); i++) {
                    names.add(threads.get(path.get(i)).name);
                }
                names.add(threads.get(at).name);
                return names;
            }
        }
        return List.of();
    }
}
