package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The {@code tcheck} command: picocli wiring and the handlers that turn bad input into exit code 2. */
@Command(name = "tcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Model-check textbook concurrency: explore every interleaving of a scenario (or of your own"
                + " Runnable), print counterexamples as traces you can replay, and render a report.", ""},
        subcommands = {ListCommand.class, CheckCommand.class, ReplayCommand.class, PlayCommand.class, RunCommand.class,
                MutateCommand.class, ReportCommand.class, HelpCommand.class},
        footer = {"%nExamples:",
                "  tcheck list",
                "  tcheck check race-counter/unsynchronized",
                "  tcheck check all --quiet",
                "  tcheck replay race-counter/unsynchronized --schedule 0.1.2.2",
                "  tcheck run --class-path build/classes --class com.example.RacyCounter",
                "  tcheck mutate pcp-condition --engine explorer",
                "  tcheck report",
                "%nJVM options go through the launcher: ./tcheck -J-Xmx2g check all, or TCHECK_OPTS='-Xmx2g"
                        + " -Dtcheck.debug=true' ./tcheck ... (-Dtcheck.debug=true: stack traces of internal errors).",
                ExitCodes.HELP_FOOTER})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** No subcommand: the usage on stderr, as bad input. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** A fully wired command line; tests call {@code execute} on it with their own out/err writers. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler(new BadInputHandler());
        cmd.setExecutionExceptionHandler(new CrashHandler());
        cmd.setExecutionStrategy(parsed -> {
            try {
                tcheck.checker.explorer.runtime.Substrate.configured(); // a bad -Dtcheck.substrate is bad input, found before any work
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(parsed.commandSpec().commandLine(), e.getMessage());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cmd;
    }

    public static void main(String[] args) {
        // exit explicitly: a thread of the code under test that never ends must not keep the JVM alive
        System.exit(commandLine().execute(args));
    }
}
