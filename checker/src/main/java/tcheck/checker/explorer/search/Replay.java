package tcheck.checker.explorer.search;


import java.util.ArrayList;
import java.util.List;

/**
 * Runs exactly one execution following a schedule string. The string lists the choices made where
 * more than one was possible, separated by dots: a number is the thread to run (0 = main, then in
 * start order), {@code w<number>} the waiter a notify/signal wakes. Once the string is used up the
 * default policy (keep running the current thread) finishes the execution. A livelock's schedule is
 * a lasso, {@code 1.0.2.(1.2.3)*}: the choices up to the lap, then the lap's choices over and over.
 */
public final class Replay implements Strategy {
    private final List<String> tokens;
    /** Choices repeated for ever once {@code tokens} are used up (a lasso's lap), or empty. */
    private final List<String> lap;
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
        this.lap = lap(schedule);
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
        int open = text.indexOf('(');
        if (open >= 0 || text.endsWith(")*")) {
            lap(text); // the lap's syntax
            text = open < 0 ? text : text.substring(0, open);
            text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            if (text.isEmpty()) {
                return out;
            }
        }
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

    /** The lap of a lasso schedule {@code prefix.(lap)*}: its choices, repeated for ever after the prefix; empty for a plain schedule. */
    public static List<String> lap(String schedule) {
        if (schedule == null) {
            return List.of();
        }
        String text = schedule.trim();
        int open = text.indexOf('(');
        if (open < 0 && !text.contains(")")) {
            return List.of();
        }
        if (open < 0 || !text.endsWith(")*") || text.indexOf('(', open + 1) >= 0 || text.indexOf(')') != text.length() - 2
                || open > 0 && text.charAt(open - 1) != '.' || text.length() - 2 == open + 1) {
            throw new IllegalArgumentException("malformed schedule " + excerpt(text, Math.max(0, open))
                    + ": a lap is written once, at the end, as .(choices)* (e.g. 1.0.2.(1.2.3)*), and holds at least one choice");
        }
        return parse(text.substring(open + 1, text.length() - 2));
    }

    /** The schedule as a lasso: the prefix's choices, then the lap's in parentheses to repeat. */
    public static String lasso(List<String> prefix, List<String> lap) {
        String p = String.join(".", prefix);
        return (p.isEmpty() ? "" : p + ".") + "(" + String.join(".", lap) + ")*";
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
        if (!lap(given).isEmpty()) {
            return null; // a lap repeats until the run ends: no length to compare
        }
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

    /** Whether the run made fewer choices than {@code given} holds: the schedule is not one of this program's. */
    public static boolean ignoredChoices(String given, String followed) {
        return lap(given).isEmpty() && followed != null && parse(followed).size() < parse(given).size();
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

    /** The next choice of the schedule: the prefix's, then the lap's round and round; null when used up. */
    private String nextToken() {
        if (next < tokens.size()) {
            return tokens.get(next++);
        }
        if (lap.isEmpty()) {
            return null;
        }
        return lap.get((next++ - tokens.size()) % lap.size());
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred,
                            java.util.Map<Integer, tcheck.checker.explorer.runtime.Op> pending) {
        if (enabled.size() == 1) {
            return enabled.get(0);
        }
        String t = nextToken();
        if (t == null) {
            return preferred;
        }
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
        String t = nextToken();
        if (t == null) {
            return waiters.get(0);
        }
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
