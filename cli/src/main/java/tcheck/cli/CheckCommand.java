package tcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
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
        description = {"Check scenarios with the interleaving explorer (or the engines named by --engine): a buggy variant"
                + " must yield a counterexample (printed as a trace with its replay command), a fixed one must be verified"
                + " by a complete search. Other engines: a fixed variant caught or an error is wrong; a bug an engine"
                + " does not find is reported as missed.",
                "Writes one results JSON per scenario and engine (for 'tcheck report'), each whole or not at all and naming"
                        + " its run; Ctrl-C stops the check and says how many scenarios were done."},
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

    @Option(names = {"-e", "--engine"}, paramLabel = "E",
            description = "the engine(s) to run, repeatable or comma-separated, or 'all': ${COMPLETION-CANDIDATES};"
                    + " default: explorer. An engine this machine cannot run says why and is skipped",
            completionCandidates = EngineNames.class)
    List<String> engineNames = new ArrayList<>();

    @Option(names = "--engine-option", paramLabel = "ENGINE.KEY=VALUE",
            description = "an engine's own budget or setting, e.g. jpf.max-seconds=120, fray.iterations=5000,"
                    + " real-threads.runs=50, lincheck.model=20x100 ('tcheck list --engines' lists them)")
    Map<String, String> engineOptions = new LinkedHashMap<>();

    @Option(names = "--results", paramLabel = "DIR", description = "where to write the results JSON; " + Locations.RESULTS_HELP)
    Path results;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary lines (no traces, no progress)")
    boolean quiet;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "scenarios checked at once, each job a JVM of its own (default 1: a JVM costs about a second to start"
                    + " and warm up, and an exploration needs a core free at every step: with no idle core left, the jobs"
                    + " slow each other down, on 2 cores to half the speed of one job). The verdicts, traces and"
                    + " schedules are those of one job; the output keeps the order of the scenarios")
    Integer jobs;

    /** A job of a parallel check: scenario ids come on stdin, one per line; each done is answered on stdout. */
    @Option(names = "--serve", hidden = true)
    boolean serve;

    @Mixin
    TraceDisplay display = new TraceDisplay();

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        List<String> wanted = new ArrayList<>(selectors);
        if (all) {
            wanted.add("all");
        }
        if (serve) {
            return serve(cmd);
        }
        if (wanted.isEmpty()) {
            throw new ParameterException(cmd, "name at least one scenario id, family or 'all' (see 'tcheck list')");
        }
        List<Scenario> scenarios = Inputs.scenarios(cmd, wanted);
        int n = jobs != null ? jobs : 1;
        if (n < 1) {
            throw new ParameterException(cmd, "--jobs must be at least 1, not " + n);
        }
        ExplorerOptions options = exploration.toExplorerOptions(cmd);
        Map<Scenario, Bound> bounds = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            bounds.put(s, Inputs.bound(cmd, s, bound, options.maxSteps()));
        }
        List<Engine> engines = Inputs.engines(cmd, engineNames);
        Map<Engine, Map<String, String>> perEngine = Inputs.engineOptions(cmd, engines, engineOptions);
        Path dir = Locations.writableDir(cmd, "--results", results != null ? results : Locations.resultsDir());

        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        int idWidth = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(10);
        boolean oneEngine = engines.size() == 1;
        int engineWidth = engines.stream().mapToInt(e -> e.name().length()).max().orElse(8);
        Map<Engine, String> unavailable = new LinkedHashMap<>();
        for (Engine e : engines) {
            String why = e.unavailable();
            if (why != null) {
                unavailable.put(e, why);
                if (!quiet) {
                    err.println(e.name() + ": not available: " + why);
                }
            }
        }
        ResultsFiles.warmUpInBackground(); // beside the first search, not before the first file
        int checked = 0;
        int notAsExpected = 0;
        long commandStart = System.nanoTime();
        Progress progress = new Progress(scenarios.size(), dir, err);
        Runtime.getRuntime().addShutdownHook(progress.hook);
        if (!quiet && n > 1 && scenarios.size() > 1) {
            err.println("checking " + scenarios.size() + " scenarios in " + Math.min(n, scenarios.size()) + " jobs (JVMs) at once (--jobs 1: one after the other, here)");
            err.flush();
        }
        try (Jobs pool = n > 1 && scenarios.size() > 1 ? new Jobs(n - 1, jobArguments(cmd), scenarios.stream().map(Scenario::id).toList()) : null) {
            for (Scenario s : scenarios) {
                progress.current = s.id();
                Bound b = bounds.get(s);
                Map<String, List<Result>> forked = pool == null || pool.claim(s.id()) ? null : pool.ifDone(s.id());
                for (Engine engine : engines) {
                    String na = engine.notApplicable(s);
                    if (na != null) {
                        if (!oneEngine) {
                            out.println(SummaryLine.notApplicable(s, engine.name(), na, idWidth, engineWidth));
                        }
                        continue;
                    }
                    List<Result> rs = forked != null ? forked.getOrDefault(engine.name(), List.of())
                            : run(cmd, s, b, engine, perEngine.get(engine), options, unavailable.get(engine), quiet ? null : line -> {
                        err.println("  ... " + line);
                        err.flush();
                    });
                    for (Result r : rs) {
                        Verdicts.Agreement a = Verdicts.agreement(engine, s, r);
                        if (!quiet && (r.verdict() == Verdict.COUNTEREXAMPLE || r.verdict() == Verdict.ERROR)) {
                            out.println(display.render(r));
                        }
                        if (a == Verdicts.Agreement.WRONG && !quiet && r.verdict() != Verdict.COUNTEREXAMPLE
                                && r.verdict() != Verdict.ERROR) {
                            out.println("  " + r.message());
                        }
                        if (a != Verdicts.Agreement.NOT_RUN) {
                            checked++;
                        }
                        if (a == Verdicts.Agreement.WRONG) {
                            notAsExpected++;
                        }
                        out.println(oneEngine ? SummaryLine.of(s, r, a, idWidth) : SummaryLine.of(s, r, a, idWidth, engineWidth));
                        String reason = quiet ? SummaryLine.errorReason(r.verdict(), r.message()) : null;
                        if (reason != null) {
                            out.println(reason);
                        }
                        out.flush();
                        try {
                            ResultsFiles.write(dir, r);
                        } catch (UncheckedIOException ex) {
                            progress.finished++; // this scenario was checked: only its file is missing
                            progress.done = true;
                            err.println("tcheck: cannot write the results of " + s.id() + " to " + dir + " (" + Locations.reason(ex)
                                    + "); stopped after " + progress.finished + " of " + scenarios.size() + " scenario"
                                    + (scenarios.size() == 1 ? "" : "s"));
                            err.flush();
                            return ExitCodes.ERROR;
                        }
                    }
                }
                progress.finished++;
                progress.current = null;
            }
            if (pool != null && !quiet) {
                pool.failures().forEach(f -> err.println("tcheck: " + f + "; checked here instead"));
                err.println(pool.used() + " of " + scenarios.size() + " scenarios checked by the other job(s)");
            }
        } finally {
            progress.done = true;
            try {
                Runtime.getRuntime().removeShutdownHook(progress.hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it says what happened
            }
        }
        String took = Durations.format((System.nanoTime() - commandStart) / 1_000_000);
        if (scenarios.size() > 1 && oneEngine) {
            out.printf("%d scenarios: %d as expected, %d not, in %s%n", scenarios.size(), scenarios.size() - notAsExpected,
                    notAsExpected, took);
        } else if (!oneEngine) {
            out.printf("%d results: %d as expected or honestly missed, %d not; %d engine(s) not available here; in %s%n",
                    checked, checked - notAsExpected, notAsExpected, unavailable.size(), took);
        }
        if (!quiet) {
            out.println("results: " + dir + "   (render them with: tcheck report)");
        }
        out.flush();
        return notAsExpected == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }

    /** One engine on one scenario; an engine this machine cannot run gives its "not available" result. */
    private static List<Result> run(CommandLine cmd, Scenario s, Bound b, Engine engine, Map<String, String> engineOptions,
                                    ExplorerOptions options, String unavailable, java.util.function.Consumer<String> progress) {
        try {
            return unavailable != null ? List.of(Verdicts.notAvailable(s, engine.name(), unavailable))
                    : engine.run(s, new EngineRun(b, engineOptions, options, progress));
        } catch (IllegalArgumentException e) { // an engine option's value it could not use
            throw new ParameterException(cmd, "--engine-option: " + e.getMessage());
        }
    }

    /** A job's side of a parallel check: each id read from stdin checked, its result files named on stdout. */
    private int serve(CommandLine cmd) {
        ExplorerOptions options = exploration.toExplorerOptions(cmd);
        List<Engine> engines = Inputs.engines(cmd, engineNames);
        Map<Engine, Map<String, String>> perEngine = Inputs.engineOptions(cmd, engines, engineOptions);
        Path dir = results != null ? results : Locations.resultsDir();
        Map<Engine, String> unavailable = new java.util.HashMap<>();
        engines.forEach(e -> unavailable.put(e, e.unavailable())); // asked once, as the checking JVM does
        PrintWriter out = cmd.getOut();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String id = in.readLine(); id != null; id = in.readLine()) {
                Scenario s = Inputs.scenarios(cmd, List.of(id.strip())).get(0);
                Bound b = Inputs.bound(cmd, s, bound, options.maxSteps());
                StringBuilder done = new StringBuilder("\n").append(Jobs.DONE).append('\t').append(s.id());
                for (Engine engine : engines) {
                    if (engine.notApplicable(s) != null) {
                        continue;
                    }
                    for (Result r : run(cmd, s, b, engine, perEngine.get(engine), options, unavailable.get(engine), null)) {
                        done.append('\t').append(engine.name()).append(':').append(ResultsFiles.write(dir, r).getFileName());
                    }
                }
                out.println(done); // after a new line: the checked program may have left a line unfinished on stdout
                out.flush();
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }

    /** This command's options for its jobs: all but the scenarios and what a job sets itself. */
    private static List<String> jobArguments(CommandLine cmd) {
        List<String> args = new ArrayList<>();
        for (var o : cmd.getParseResult().matchedOptions()) {
            String name = o.longestName();
            if (List.of("--jobs", "--results", "--quiet", "--all", "--serve").contains(name)) {
                continue;
            }
            if (o.arity().max() == 0) {
                args.add(name);
            } else {
                for (String v : o.originalStringValues()) {
                    args.add(name);
                    args.add(v);
                }
            }
        }
        return args;
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
