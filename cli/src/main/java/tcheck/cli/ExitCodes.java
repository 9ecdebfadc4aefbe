package tcheck.cli;

/** The exit codes of every command, in one place so the help footer and the commands agree. */
public final class ExitCodes {
    /** check: every verdict as expected; run: verified (complete search, no violation); replay: no violation. */
    public static final int OK = 0;
    /** check: some verdict not as expected; run and replay: a counterexample. */
    public static final int FOUND = 1;
    /** Bad input: unknown scenario or strategy, malformed bound or schedule, missing class. */
    public static final int BAD_INPUT = 2;
    /** run: no violation found, but the search was bounded (inconclusive). */
    public static final int INCONCLUSIVE = 3;
    /** run and replay: the explorer could not run the program (it got stuck, was not deterministic...); check, run and report: results or the report could not be written; or tcheck failed. */
    public static final int ERROR = 4;

    static final String HELP_FOOTER = "%nExit codes: 0 as expected / no violation, 1 not as expected (check) or"
            + " counterexample (run, replay), 2 bad input, 3 inconclusive (run: bounded search), 4 error.";

    private ExitCodes() {
    }
}
