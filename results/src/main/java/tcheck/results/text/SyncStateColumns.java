package tcheck.results.text;

import tcheck.results.SyncState;
import tcheck.results.ThreadStatus;
import tcheck.results.ThreadSync;
import tcheck.results.TraceStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synchronization state of a trace's steps (who holds which lock, who waits where, who is
 * blocked) in the words and columns the terminal and the page show beside the shared fields.
 * Results without it (other engines, older files) show nothing more.
 */
public final class SyncStateColumns {
    private SyncStateColumns() {
    }

    /** Whether any step says more than "every thread runnable, no lock held". */
    public static boolean any(List<TraceStep> steps) {
        for (TraceStep s : steps) {
            if (!compact(s).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For the terminal, one cell a step, by lock: "lock held by P1 (P2,C2 blocked); notEmpty: C1 waits".
     * Runnable threads and free locks nobody waits for are left out.
     */
    public static String compact(TraceStep s) {
        SyncState sync = s.sync();
        if (sync == null) {
            return "";
        }
        Map<String, List<String>> blocked = new LinkedHashMap<>();
        sync.threads().forEach((thread, t) -> {
            if (t.status() == ThreadStatus.BLOCKED) {
                blocked.computeIfAbsent(t.on(), k -> new ArrayList<>()).add(thread);
            }
        });
        Set<String> objects = new LinkedHashSet<>(sync.owners().keySet());
        objects.addAll(blocked.keySet());
        objects.addAll(sync.waitSets().keySet());
        List<String> parts = new ArrayList<>();
        for (String o : objects) {
            String owner = sync.owners().get(o);
            List<String> b = blocked.getOrDefault(o, List.of());
            List<String> w = sync.waitSets().getOrDefault(o, List.of());
            StringBuilder part = new StringBuilder(o);
            if (owner != null) {
                part.append(" held by ").append(owner);
            }
            if (!b.isEmpty()) {
                part.append(owner != null ? " (" : ": ").append(String.join(",", b)).append(" blocked").append(owner != null ? ")" : "");
            }
            if (!w.isEmpty()) {
                part.append(owner != null || !b.isEmpty() ? ", " : ": ").append(String.join(",", w)).append(w.size() == 1 ? " waits" : " wait");
            }
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    /** The locks, conditions and monitors that are ever held or waited on, in order of first appearance: the page's columns. */
    public static List<String> columns(List<TraceStep> steps) {
        Set<String> names = new LinkedHashSet<>();
        for (TraceStep s : steps) {
            if (s.sync() != null) {
                names.addAll(s.sync().owners().keySet());
                names.addAll(s.sync().waitSets().keySet());
            }
        }
        return List.copyOf(names);
    }

    /** A page cell: the owner of the lock and who waits in its wait set, "" when it is free and nobody waits. */
    public static String cell(TraceStep s, String name) {
        SyncState sync = s.sync();
        if (sync == null) {
            return "";
        }
        String owner = sync.owners().get(name);
        List<String> waiters = sync.waitSets().getOrDefault(name, List.of());
        String waiting = waiters.isEmpty() ? "" : "waiting: " + String.join(", ", waiters);
        if (owner == null) {
            return waiting;
        }
        return waiting.isEmpty() ? "held by " + owner : "held by " + owner + "; " + waiting;
    }

    /** A thread's lane when it does not act in the step: "blocked on lock", "waits on notEmpty", "done", or "" (runnable). */
    public static String laneStatus(TraceStep s, String thread) {
        if (s.sync() == null) {
            return "";
        }
        ThreadSync t = s.sync().threads().get(thread);
        if (t == null || t.status() == ThreadStatus.RUNNABLE) {
            return "";
        }
        return switch (t.status()) {
            case BLOCKED -> "blocked on " + t.on();
            case WAITING -> t.on() == null ? "waiting" : "waits on " + t.on();
            default -> "done";
        };
    }

    /** The threads in the order they were started (the program's own order), as far as the steps say. */
    public static List<String> startOrder(List<TraceStep> steps) {
        Set<String> order = new LinkedHashSet<>();
        for (TraceStep s : steps) {
            if (s.sync() != null) {
                order.addAll(s.sync().threads().keySet());
            }
        }
        return List.copyOf(order);
    }

    /** Every thread's status after the step, for the step box: "C1 waits on notEmpty · P1 runnable · main runnable". */
    public static String threadsLine(TraceStep s) {
        if (s.sync() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, ThreadSync> e : s.sync().threads().entrySet()) {
            String status = laneStatus(s, e.getKey());
            parts.add(e.getKey() + " " + (status.isEmpty() ? "runnable" : status));
        }
        return String.join(" \u00b7 ", parts);
    }
}
