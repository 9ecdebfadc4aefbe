package tcheck.checker.explorer.runtime;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in checked
 * code: the program's execution ends there, as the JVM would, but tcheck's own JVM goes on (and its
 * exit status stays tcheck's).
 */
public final class ProgramExit extends Error {
    private final int status;

    ProgramExit(String call, int status, String thread, String where) {
        super(call + "(" + status + ") called by " + thread + (where.isEmpty() ? "" : " at " + where)
                + ": the program ends the JVM here" + (status == 0 ? "" : " with status " + status), null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
