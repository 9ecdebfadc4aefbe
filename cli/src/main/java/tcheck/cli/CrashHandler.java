package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * An exception a command did not expect. An {@link IllegalArgumentException} that reaches here
 * still comes from the user's input (the explorer's facade reports bad input that way), so it
 * gets exit code 2; anything else is tcheck's own failure: one line, exit code 4, and the stack
 * trace only with {@code -Dtcheck.debug=true}.
 */
final class CrashHandler implements IExecutionExceptionHandler {
    static final String DEBUG_PROPERTY = "tcheck.debug";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof IllegalArgumentException) {
            err.println("tcheck: " + ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("tcheck: internal error: " + ex + " (rerun with -D" + DEBUG_PROPERTY + "=true for the stack trace)");
        if (Boolean.getBoolean(DEBUG_PROPERTY)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }
}
