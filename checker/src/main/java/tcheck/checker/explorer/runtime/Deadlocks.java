package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words and evidence for "every live thread is blocked": who holds what, who waits for what, and the
 * cycle of the waits-for graph if there is one (a lost wake-up has none: everyone waits for a
 * notification that will never come).
 */
final class Deadlocks {
    private Deadlocks() {
    }

    static Failure describe(List<ThreadState> threads, Map<Object, LockState> locks, Map<Object, ConditionState> conditions,
                            Map<Object, CounterState> counters, ObjectNames names, int step) {
        List<Map<String, Object>> who = new ArrayList<>();
        Map<Integer, Integer> waitsForThread = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (ThreadState t : threads) {
            if (t.status == Status.TERMINATED) {
                continue;
            }
            List<String> holds = new ArrayList<>();
            for (LockState l : locks.values()) {
                if (l.owner == t) {
                    holds.add(l.name);
                }
            }
            holds.sort(null);
            Op op = t.pending;
            String waits;
            ThreadState blocker = null;
            Object target = op == null ? null : op.target();
            switch (op == null ? OpKind.YIELD : op.kind()) {
                case MONITOR_ENTER, LOCK -> {
                    LockState l = locks.get(target);
                    blocker = l == null ? null : l.owner;
                    waits = "waits for " + names.of(target) + (blocker == null ? "" : " held by " + blocker.name);
                }
                case WAKE -> {
                    LockState l = locks.get(target);
                    if (t.woken) {
                        blocker = l == null ? null : l.owner;
                        waits = "was notified, waits to re-acquire " + names.of(target) + (blocker == null ? "" : " held by " + blocker.name);
                    } else {
                        waits = "waits in wait() on " + names.of(target) + ", never notified";
                    }
                }
                case AWAKE -> {
                    ConditionState c = conditions.get(target);
                    if (t.woken && c != null) {
                        blocker = c.lock.owner;
                        waits = "was signalled, waits to re-acquire " + c.lock.name + (blocker == null ? "" : " held by " + blocker.name);
                    } else {
                        waits = "waits in await() on " + names.of(target) + ", never signalled";
                    }
                }
                case ACQUIRE -> waits = "waits for a permit of " + names.of(target) + " (" + (counters.get(target) == null ? "?" : counters.get(target).value) + " left)";
                case LATCH_AWAIT -> waits = "waits for " + names.of(target) + " to reach zero";
                case PARK -> waits = parked(t, target, op, threads, names);
                case JOIN -> {
                    waits = "waits to join " + names.of(target);
                    for (ThreadState other : threads) {
                        if (other.thread == target) {
                            blocker = other;
                        }
                    }
                }
                default -> waits = "is blocked";
            }
            if (blocker != null && blocker != t) {
                waitsForThread.put(t.id, blocker.id);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("thread", t.name);
            entry.put("holds", holds);
            entry.put("waitsFor", waits);
            entry.put("where", op == null || op.site() == null ? "" : op.site().where());
            who.add(entry);
            lines.add(t.name + (holds.isEmpty() ? "" : " holds " + String.join(", ", holds) + " and") + " " + waits
                    + (op == null || op.site() == null ? "" : " (" + op.site().where() + ")"));
        }
        List<String> cycle = cycle(waitsForThread, threads);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("threads", who);
        details.put("cycle", cycle);
        String message = "deadlock: every live thread is blocked. " + String.join("; ", lines)
                + (cycle.isEmpty() ? ". No cycle of locks: every thread waits for a wake-up that will never come."
                : ". Cycle: " + String.join(" -> ", cycle) + ".");
        return new Failure("deadlock", message, step, details);
    }

    /** A thread parked inside the JDK's code, said at the level of the program's call ("waits in barrier.await(): 2 of 3 parties arrived"). */
    private static String parked(ThreadState t, Object target, Op op, List<ThreadState> threads, ObjectNames names) {
        if (target instanceof String) {
            return "waits in LockSupport.park(), never unparked";
        }
        String call = names.of(target) + "." + op.slot() + "()";
        if (target instanceof java.util.concurrent.CyclicBarrier b) {
            int arrived = 0;
            for (ThreadState other : threads) {
                if (other.status != Status.TERMINATED && other.pending != null && other.pending.kind() == OpKind.PARK
                        && other.pending.target() == target) {
                    arrived++;
                }
            }
            return "waits in " + call + ": " + arrived + " of " + b.getParties() + " parties arrived";
        }
        return "waits in " + call + ", never woken";
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
