package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.Op;

import java.util.List;
import java.util.Map;

/**
 * One execution that follows a schedule prefix exactly and stops at the next choice after it: the
 * step where a person playing the scheduler decides. It records that choice (which threads can run and
 * what each would do, or which waiters a notify may wake), then abandons the execution there, so its
 * trace ends just before the decision. A notify's waiter is chosen inside the notifying step, so there
 * the trace ends with that step (its state after is the default waiter's; the decision replaces it).
 */
public final class Probe implements Strategy {
    /** The decision the prefix leads to. {@code waiter}: a notify's waiter, else the next thread. */
    public record Choice(int step, boolean waiter, List<Integer> options, Map<Integer, String> next) {
    }

    private final List<String> tokens;
    private int used;
    private boolean ran;
    private boolean stopAtNextStep;
    private Choice choice;
    private String problem;

    public Probe(String prefix) {
        this.tokens = Replay.parse(prefix);
    }

    /** The decision after the prefix, or null when the execution ended first (or the prefix did not fit). */
    public Choice choice() {
        return choice;
    }

    /** Why the prefix did not fit the program, or null. */
    public String problem() {
        return problem;
    }

    @Override
    public boolean hasNext() {
        return !ran;
    }

    @Override
    public void begin() {
        ran = true;
        used = 0;
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
        if (stopAtNextStep || problem != null) {
            return -1;
        }
        if (enabled.size() == 1) {
            return enabled.get(0);
        }
        if (used < tokens.size()) {
            String t = tokens.get(used++);
            if (t.startsWith("w") || !enabled.contains(Integer.parseInt(t))) {
                problem = "choice " + used + " ('" + t + "') does not fit step " + (step + 1) + ": the threads that can run are " + enabled;
                return -1;
            }
            return Integer.parseInt(t);
        }
        Map<Integer, String> next = new java.util.LinkedHashMap<>();
        for (int id : enabled) {
            Op op = pending.get(id);
            next.put(id, op == null ? "" : words(op));
        }
        choice = new Choice(step, false, List.copyOf(enabled), next);
        return -1;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        if (used < tokens.size()) {
            String t = tokens.get(used++);
            if (!t.startsWith("w") || !waiters.contains(Integer.parseInt(t.substring(1)))) {
                problem = "choice " + used + " ('" + t + "') does not fit step " + (step + 1) + ": it wakes one of the waiters "
                        + waiters + ", written w<number>";
                stopAtNextStep = true;
            }
            return t.startsWith("w") ? Integer.parseInt(t.substring(1)) : waiters.get(0);
        }
        if (choice == null) {
            Map<Integer, String> next = new java.util.LinkedHashMap<>();
            for (int id : waiters) {
                next.put(id, "wakes up");
            }
            choice = new Choice(step, true, List.copyOf(waiters), next);
        }
        stopAtNextStep = true;
        return waiters.get(0);
    }

    /** What a pending operation will do, in a few words: its kind, what it acts on, and where. */
    static String words(Op op) {
        String on = op.slot() != null ? String.valueOf(op.slot()) : op.key() != null ? op.key() : "";
        String what = switch (op.kind()) {
            case MONITOR_ENTER -> "enter synchronized(" + on + ")";
            case MONITOR_EXIT -> "exit synchronized(" + on + ")";
            case WAKE -> "woken: re-enter synchronized(" + on + ")";
            case AWAKE -> "woken: re-lock " + on;
            case CALL -> "call " + on;
            default -> (op.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + on).trim();
        };
        return op.site() != null && op.site().line() > 0 ? what + " at " + op.site().where() : what;
    }

    @Override
    public String name() {
        return "play";
    }
}
