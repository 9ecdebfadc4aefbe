package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.List;

/**
 * An exception a command did not expect. An {@link IllegalArgumentException} that reaches here
 * still comes from the user's input (the explorer's facade reports bad input that way), so it
 * gets exit code 2; anything else is tcheck's own failure: one line, exit code 4, and the stack
 * trace only with {@code -Dtcheck.debug=true} (through the launcher: {@code ./tcheck -J-Dtcheck.debug=true ...}
 * or {@code TCHECK_OPTS=-Dtcheck.debug=true}).
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
        if (Boolean.getBoolean(DEBUG_PROPERTY)) {
            err.println("tcheck: internal error: " + ex);
            ex.printStackTrace(err);
        } else {
            err.println("tcheck: internal error: " + ex + " (for the stack trace, rerun as: " + debugCommand(parsed) + ")");
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    /** The same command with the debug option, as the launcher takes JVM options (-J...). */
    static String debugCommand(ParseResult parsed) {
        List<String> args = parsed == null ? List.of() : parsed.originalArgs();
        String joined = String.join(" ", args);
        boolean plain = joined.length() <= 120 && args.stream().allMatch(a -> a.matches("[A-Za-z0-9_./:=,+@%-]+"));
        return "./tcheck -J-D" + DEBUG_PROPERTY + "=true " + (plain ? joined : "<the same arguments>");
    }
}
