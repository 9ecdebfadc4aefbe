package tcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.RunnableSource;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.text.ShellWord;

import java.io.File;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tcheck run}: explores the user's own compiled code: a Runnable whose run() starts, joins and asserts, or a main method. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class, defaultValueProvider = ExplorerDefaults.class,
        description = {"Explore your own compiled code: a class implementing Runnable (with a no-argument constructor)"
                + " whose run() starts threads, joins them and asserts, or a class with public static void main(String[])"
                + " (arguments after --). Every class on the class path is instrumented; java.util.concurrent's own code"
                + " runs under the explorer's control too.",
                "An AssertionError is reported as an invariant violation; uncaught exceptions, deadlocks, livelocks and"
                        + " data races are found as for the scenarios."},
        footer = "%nExit codes: 0 no violation and the search was complete, 1 counterexample, 2 bad input,"
                + " 3 no violation but the search was bounded (inconclusive), 4 error (the program could not be"
                + " explored: it blocks or spins where the checker has no control, or is not deterministic).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"--class-path", "-cp"}, paramLabel = "DIR_OR_JAR[" + "${sys:path.separator}" + "...]", required = true,
            description = "directories and jars holding the code under test, separated by '${sys:path.separator}'")
    String classPath;

    @Option(names = "--class", paramLabel = "NAME", required = true,
            description = "the class's binary name, e.g. com.example.RacyCounter (a Runnable, or a class with a main method)")
    String className;

    @CommandLine.Parameters(paramLabel = "ARG", description = "after --: the arguments of the class's main method")
    List<String> programArgs = new ArrayList<>();

    @Option(names = "--schedule", paramLabel = "S", description = "replay this one schedule (as printed for a counterexample)")
    String schedule;

    @Mixin
    ExplorationOptions exploration;

    @Option(names = "--results", paramLabel = "DIR", description = "also write the result as JSON into DIR")
    Path results;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary line (no trace, no progress)")
    boolean quiet;

    @Mixin
    TraceDisplay display = new TraceDisplay();

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        ExplorerOptions options = exploration.toExplorerOptions(cmd);
        if (schedule != null) {
            options = options.withSchedule(Inputs.schedule(cmd, schedule));
        }
        List<Path> entries = new ArrayList<>();
        for (String part : classPath.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!part.isBlank()) {
                entries.add(Path.of(part).toAbsolutePath().normalize());
            }
        }
        if (entries.isEmpty()) {
            throw new ParameterException(cmd, "--class-path names no directory or jar");
        }
        RunnableSource source;
        try {
            source = RunnableSource.of(className, entries, programArgs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, e.getMessage());
        }
        Path resultsDir = results == null ? null : Locations.writableDir(cmd, "--results", results);
        if (resultsDir != null) {
            ResultsFiles.warmUpInBackground(); // beside the search, not after it
        }
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        Exploration e = new Explorer(source, options, quiet ? null : line -> {
            err.println("  ... " + line);
            err.flush();
        }).run();
        Result r = toResult(e);
        if (!quiet) {
            out.print(display.render(r));
        }
        if (schedule != null) {
            Inputs.scheduleNote(schedule, e).ifPresent(out::println);
        }
        // the whole run's time; when the first counterexample came earlier, or a budget cut a phase, as check says it
        out.printf("%s  %s  %,d execution%s  %s%s%n", className, e.verdict() + (e.kind() == null ? "" : " (" + e.kind() + ")"),
                e.executions(), e.executions() == 1 ? "" : "s", Durations.format(e.millis()), SummaryLine.timing(r));
        String reason = quiet ? SummaryLine.errorReason(e.verdict(), e.message()) : null;
        if (reason != null) {
            out.println(reason);
        }
        out.flush();
        if (resultsDir != null) {
            try {
                ResultsFiles.write(resultsDir, r);
            } catch (UncheckedIOException ex) {
                err.println("tcheck: cannot write the result to " + resultsDir + " (" + Locations.reason(ex) + ")");
                err.flush();
                return ExitCodes.ERROR;
            }
        }
        return switch (e.verdict()) {
            case VERIFIED, PASSED -> ExitCodes.OK;
            case COUNTEREXAMPLE -> ExitCodes.FOUND;
            case BOUNDED -> ExitCodes.INCONCLUSIVE;
            default -> ExitCodes.ERROR;
        };
    }

    /** The results contract has no slot for "the user's class": it takes the scenario's place, variant "run". */
    private Result toResult(Exploration e) {
        String replay = !e.foundCounterexample() || e.schedule() == null || e.trace().isEmpty() ? null
                : "./tcheck run --class-path " + ShellWord.of(classPath) + " --class " + ShellWord.of(className) + " --schedule "
                + ShellWord.of(e.schedule()) + (programArgs.isEmpty() ? "" : " -- " + String.join(" ", programArgs.stream().map(ShellWord::of).toList()));
        return Result.builder(className, "run", "fixed", "explorer")
                .verdict(e.verdict())
                .kind(e.kind())
                .complete(e.complete())
                .executions(e.executions())
                .millis(e.millis())
                .schedule(e.schedule())
                .preemptions(e.preemptions())
                .trace(e.trace())
                .failingStep(e.failingStep() == 0 ? null : e.failingStep())
                .message(e.message())
                .strategy(e.strategy())
                .replay(replay)
                .details(tcheck.checker.explorer.ExplorerResults.details(e)) // a livelock's lap, a budget that cut a phase, the races
                .build();
    }
}
