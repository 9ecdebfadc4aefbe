package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.checker.results.Result;
import tcheck.checker.results.ResultsFiles;
import tcheck.reports.TextTrace;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcheck check}: explores catalog scenarios and says whether each verdict is the expected one. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, defaultValueProvider = ExplorerDefaults.class,
        description = {"Explore scenarios with the interleaving explorer: a buggy variant must yield a counterexample"
                + " (printed as a trace with its replay command), a fixed one must be verified by a complete search.",
                "Writes one results JSON per scenario (for 'tcheck report'), each whole or not at all and naming its run;"
                        + " Ctrl-C stops the check and says how many scenarios were done."},
        footer = ExitCodes.HELP_FOOTER)
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|FAMILY|all", arity = "0..*",
            description = "scenario ids (race-counter/unsynchronized), family names (race-counter: all its variants)"
                    + " or 'all'; see 'tcheck list'")
    List<String> selectors = new ArrayList<>();

    @Option(names = "--all", description = "check every scenario")
    boolean all;

    @Option(names = "--bound", paramLabel = "TxO",
            description = "threads x operations, e.g. 2x3 (2x3c1 with a buffer capacity); default: each scenario's own."
                    + " A bound whose executions could not finish within --max-steps is refused")
    String bound;

    @Mixin
    ExplorationOptions exploration;

    @Option(names = "--results", paramLabel = "DIR", description = "where to write the results JSON; " + Locations.RESULTS_HELP)
    Path results;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary lines (no traces, no progress)")
    boolean quiet;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        List<String> wanted = new ArrayList<>(selectors);
        if (all) {
            wanted.add("all");
        }
        if (wanted.isEmpty()) {
            throw new ParameterException(cmd, "name at least one scenario id, family or 'all' (see 'tcheck list')");
        }
        List<Scenario> scenarios = Inputs.scenarios(cmd, wanted);
        ExplorerOptions options = exploration.toExplorerOptions(cmd);
        Map<Scenario, Bound> bounds = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            bounds.put(s, Inputs.bound(cmd, s, bound, options.maxSteps()));
        }
        Path dir = Locations.writableDir(cmd, "--results", results != null ? results : Locations.resultsDir());

        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        int idWidth = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(10);
        int notAsExpected = 0;
        long commandStart = System.nanoTime();
        Progress progress = new Progress(scenarios.size(), dir, err);
        Runtime.getRuntime().addShutdownHook(progress.hook);
        try {
            for (Scenario s : scenarios) {
                progress.current = s.id();
                Bound b = bounds.get(s);
                Exploration e = new Explorer(new ScenarioSource(s, b), options, quiet ? null : line -> {
                    err.println("  ... " + line);
                    err.flush();
                }).run();
                Result r = ExplorerResults.toResult(s, b, e);
                if (!quiet && (e.foundCounterexample() || "error".equals(e.verdict()))) {
                    out.println(TextTrace.render(r));
                }
                if (!ExplorerResults.asExpected(s, e)) {
                    notAsExpected++;
                    if (!quiet && !e.foundCounterexample() && !"error".equals(e.verdict())) {
                        out.println("  " + e.message());
                    }
                }
                out.println(SummaryLine.of(s, e, idWidth));
                out.flush();
                progress.finished++;
                progress.current = null;
                try {
                    ResultsFiles.write(dir, r);
                } catch (UncheckedIOException ex) {
                    progress.done = true;
                    err.println("tcheck: cannot write the results of " + s.id() + " to " + dir + " (" + Locations.reason(ex)
                            + "); stopped after " + progress.finished + " of " + scenarios.size() + " scenario"
                            + (scenarios.size() == 1 ? "" : "s"));
                    err.flush();
                    return ExitCodes.ERROR;
                }
            }
        } finally {
            progress.done = true;
            try {
                Runtime.getRuntime().removeShutdownHook(progress.hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it says what happened
            }
        }
        if (scenarios.size() > 1) {
            out.printf("%d scenarios: %d as expected, %d not, in %s%n", scenarios.size(), scenarios.size() - notAsExpected, notAsExpected,
                    Durations.format((System.nanoTime() - commandStart) / 1_000_000));
        }
        if (!quiet) {
            out.println("results: " + dir + "   (render them with: tcheck report)");
        }
        out.flush();
        return notAsExpected == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }

    /**
     * How far a run got, for Ctrl-C and SIGTERM: the JVM runs {@link #hook} on its way out, and
     * it says how many scenarios were finished (printed; each result file is written whole or not at
     * all) before the signal.
     */
    private static final class Progress {
        final Thread hook;
        volatile int finished;
        volatile String current;
        volatile boolean done;

        Progress(int total, Path dir, PrintWriter err) {
            hook = new Thread(() -> {
                if (done) {
                    return;
                }
                int n = finished;
                err.println();
                err.println("tcheck: interrupted after " + n + " of " + total + " scenario" + (total == 1 ? "" : "s")
                        + (current == null ? "" : " (" + current + " was running)") + "; "
                        + (n == 0 ? "nothing written" : "the results written so far are in " + dir)
                        + " (any older ones there are from earlier runs: the report marks them stale)");
                err.flush();
            }, "tcheck-interrupted");
        }
    }
}
