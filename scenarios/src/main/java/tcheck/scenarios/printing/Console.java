package tcheck.scenarios.printing;

/**
 * An in-memory stand-in for {@code System.out}, so that a checker can see what was printed and in
 * which order. Like {@link java.io.PrintStream}, whose {@code print} methods each lock the stream,
 * every {@link #print(String)} is atomic: one piece never tears. What is <em>not</em> atomic is a
 * sequence of prints, which is all the lesson of this family is about.
 */
public final class Console {
    /** Package-private so the scenario can show it in traces without taking the monitor. */
    final StringBuilder text = new StringBuilder();

    /** Appends one piece, atomically (the {@code print(s[i], end = '')} of the seed). */
    public synchronized void print(String piece) {
        text.append(piece);
    }

    /** Everything printed so far. */
    public synchronized String text() {
        return text.toString();
    }
}
