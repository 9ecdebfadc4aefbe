package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** The {@code tcheck} command: picocli wiring and the handlers that turn bad input into exit code 2. */
@Command(name = "tcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Model-check textbook concurrency: explore every interleaving of a scenario (or of your own"
                + " Runnable), print counterexamples as traces you can replay, and render a report.", ""},
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

    /**
     * The subcommands by name, in the order the usage lists them. Made on demand: picocli reads the
     * annotations of every subcommand it is given, which is most of what the command costs before its
     * work begins.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("list", ListCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("replay", ReplayCommand::new);
        SUBCOMMANDS.put("play", PlayCommand::new);
        SUBCOMMANDS.put("run", RunCommand::new);
        SUBCOMMANDS.put("mutate", MutateCommand::new);
        SUBCOMMANDS.put("report", ReportCommand::new);
        // not HelpCommand::new: a method handle to picocli's own class (compiled for an old class-file version, which
        // the ahead-of-time cache leaves out) makes JDK 25 crash while it writes the cache (ArchiveHeapWriter)
        SUBCOMMANDS.put("help", () -> new HelpCommand());
    }

    /** A fully wired command line, every subcommand in it; tests call {@code execute} on it with their own out/err writers. */
    public static CommandLine commandLine() {
        return wired(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: only the subcommand they name, when the first one names
     * one; every subcommand for help, for options of the command itself, and for a name it does not
     * know (its usage lists them all, and picocli suggests the closest).
     */
    public static CommandLine commandLine(String... args) {
        String first = args.length == 0 ? "" : args[0];
        return SUBCOMMANDS.containsKey(first) && !first.equals("help") ? wired(List.of(first)) : commandLine();
    }

    private static CommandLine wired(Collection<String> subcommands) {
        CommandLine cmd = new CommandLine(new Main());
        for (String name : subcommands) {
            cmd.addSubcommand(SUBCOMMANDS.get(name).get()); // named by its annotation, which the key must match (tested)
        }
        // the handlers after the subcommands: picocli gives them to the subcommands there are when they are set
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
        System.exit(commandLine(args).execute(args));
    }
}
