package tcheck.checker.explorer.search;


import java.util.ArrayList;
import java.util.List;

/**
 * Runs exactly one execution following a schedule string. The string lists the choices made where
 * more than one was possible, separated by dots: a number is the thread to run (0 = main, then in
 * start order), {@code w<number>} the waiter a notify/signal wakes. Once the string is used up the
 * default policy (keep running the current thread) finishes the execution.
 */
public final class Replay implements Strategy {
    private final List<String> tokens;
    private final boolean lenient;
    private int next;
    private boolean ran;
    private String problem;

    public Replay(String schedule) {
        this(schedule, false);
    }

    /**
     * @param lenient a token that does not fit (the thread cannot run, no such waiter) is replaced
     *                by the default choice instead of being an error; used to shrink schedules
     */
    public Replay(String schedule, boolean lenient) {
        this.tokens = parse(schedule);
        this.lenient = lenient;
    }

    /** How many characters of a bad schedule or token an error message quotes at most. */
    static final int QUOTE_LIMIT = 40;

    /**
     * Checks the syntax of a schedule string; throws IllegalArgumentException with the reason. The
     * message quotes a schedule of any length in at most a few dozen characters, around the first
     * bad token, and says where that token starts.
     */
    public static List<String> parse(String schedule) {
        List<String> out = new ArrayList<>();
        if (schedule == null || schedule.isBlank()) {
            return out;
        }
        String text = schedule.trim();
        int at = 0;
        int token = 0;
        while (true) {
            int dot = text.indexOf('.', at);
            String p = text.substring(at, dot < 0 ? text.length() : dot);
            token++;
            if (!p.matches("w?\\d{1,4}")) {
                String what = p.isEmpty() ? " (character " + (at + 1) + ") is empty"
                        : p.length() <= 12 ? " (character " + (at + 1) + ") is '" + p + "'"
                        : " (character " + (at + 1) + ", " + String.format(java.util.Locale.ROOT, "%,d", p.length())
                        + " characters long) is neither a thread number nor w<number>";
                throw new IllegalArgumentException("malformed schedule " + excerpt(text, at) + ": token " + token + what
                        + "; expected dot-separated thread numbers (e.g. 0.1.2.2.1) and w<number> for a woken waiter");
            }
            out.add(p);
            if (dot < 0) {
                return out;
            }
            at = dot + 1;
        }
    }

    /** The whole schedule when short, else a window of it that starts a little before character {@code at}. */
    private static String excerpt(String text, int at) {
        if (text.length() <= QUOTE_LIMIT) {
            return "'" + text + "'";
        }
        int from = Math.max(0, at - 10);
        int to = Math.min(text.length(), from + QUOTE_LIMIT);
        return (from > 0 ? "'..." : "'") + text.substring(from, to) + (to < text.length() ? "...'" : "'")
                + " (" + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters)";
    }

    /**
     * What a replay did with the schedule it was given, when that was not exactly "every choice":
     * {@code given} is the schedule as typed, {@code followed} the schedule of the execution it ran
     * (its choices, where more than one was possible). Null when the two have the same length.
     */
    public static String lengthNote(String given, String followed) {
        int n = parse(given).size();
        int m = parse(followed).size();
        if (m < n) {
            return "schedule: the run made " + choices(m) + ", the first " + m + " of the " + n
                    + " given; the last " + (n - m) + " were ignored";
        }
        if (m > n) {
            return "schedule: " + choices(n) + " given, the run made " + m + "; the default policy (keep running the"
                    + " current thread when it can, wake the first waiter) made the other " + (m - n);
        }
        return null;
    }

    private static String choices(int n) {
        return n + (n == 1 ? " choice" : " choices");
    }

    @Override
    public boolean hasNext() {
        return !ran;
    }

    @Override
    public void begin() {
        next = 0;
        ran = true;
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred,
                            java.util.Map<Integer, tcheck.checker.explorer.runtime.Op> pending) {
        if (enabled.size() == 1) {
            return enabled.get(0);
        }
        if (next >= tokens.size()) {
            return preferred;
        }
        String t = tokens.get(next++);
        if (lenient && (t.startsWith("w") || !enabled.contains(Integer.parseInt(t)))) {
            return preferred;
        }
        if (t.startsWith("w")) {
            problem = "schedule token " + next + " ('" + t + "') names a waiter, but step " + (step + 1) + " chooses a thread among " + enabled;
            return -1;
        }
        int id = Integer.parseInt(t);
        if (!enabled.contains(id)) {
            problem = "schedule token " + next + " ('" + t + "'): thread " + id + " cannot run at step " + (step + 1) + "; threads that can: " + enabled;
        }
        return id;
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        if (next >= tokens.size()) {
            return waiters.get(0);
        }
        String t = tokens.get(next++);
        if (lenient && (!t.startsWith("w") || !waiters.contains(Integer.parseInt(t.substring(1))))) {
            return waiters.get(0);
        }
        if (!t.startsWith("w") || !waiters.contains(Integer.parseInt(t.substring(1)))) {
            problem = "schedule token " + next + " ('" + t + "'): step " + (step + 1) + " wakes one of the waiters " + waiters
                    + ", written w<number>";
            return waiters.get(0);
        }
        return Integer.parseInt(t.substring(1));
    }

    /** What went wrong following the schedule, or null. */
    public String problem() {
        return problem;
    }




    @Override
    public String name() {
        return "replay";
    }
}
