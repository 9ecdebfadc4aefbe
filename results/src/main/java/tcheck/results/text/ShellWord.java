package tcheck.results.text;

/** A word of a command printed for pasting into a shell (a replay command). */
public final class ShellWord {
    private ShellWord() {
    }

    /**
     * The word as a shell passes it on: as it is when it holds only plain characters, else quoted (a
     * livelock's lasso schedule, {@code 0.(1.2)*}, an empty schedule, a path with spaces).
     */
    public static String of(String w) {
        return w.matches("[A-Za-z0-9_./:=,+@%-]+") ? w : "'" + w.replace("'", "'\\''") + "'";
    }
}
