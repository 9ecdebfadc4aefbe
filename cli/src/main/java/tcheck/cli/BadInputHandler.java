package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;

/**
 * Bad input (picocli's own parse errors and the commands' validation, which throw
 * {@link ParameterException}): the reason on stderr, a pointer to the help, exit code 2. No usage
 * dump and no stack trace: a script's log should show what was wrong in one place.
 */
final class BadInputHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("tcheck: " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException u && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-J"))) {
            err.println("(-J<option> passes a JVM option through the ./tcheck launcher; with java -jar, put the option"
                    + " before -jar, e.g. java -Dtcheck.debug=true -jar tcheck.jar ...)");
        }
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
