package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.engines.Engine;
import tcheck.mutate.Mutant;
import tcheck.mutate.MutantGenerator;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.MutationRunner;
import tcheck.mutate.MutationTable;
import tcheck.mutate.Operators;
import tcheck.reports.MutationFiles;
import tcheck.reports.MutationResults;
import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcheck mutate}: plants concurrency bugs in the fixed variants and says which engine catches each. */
@Command(name = "mutate", mixinStandardHelpOptions = true, versionProvider = Version.class, defaultValueProvider = ExplorerDefaults.class,
        description = {"Mutation testing of concurrency: make mutants of the fixed variants' bytecode (a synchronized, a lock"
                + " pair or a wake-up dropped, an unlock moved before a write, notifyAll -> notify, signalAll -> signal, a"
                + " volatile dropped, an atomic update split into get and set, two lock acquisitions swapped; one site each),"
                + " run each through the engines, and print which engine killed it with which kind of counterexample.",
                "A mutant no engine kills and a complete search passes (the explorer's, JPF's) is equivalent at that bound"
                        + " and is not counted in the kill rates. The explorer runs DPOR to the first counterexample (--strategy auto means dpor here)."
                        + " Writes mutations/family__variant.json under the results directory (for 'tcheck report')."},
        footer = {"%nExit codes: 0 every non-equivalent mutant killed by some engine, 1 a mutant survived, 2 bad input,"
                + " 4 error (the results could not be written)."})
final class MutateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|FAMILY|all", arity = "1..*",
            description = "fixed variant ids (race-counter/synchronized), family names (their fixed variants) or 'all'")
    List<String> selectors = new ArrayList<>();

    @Option(names = "--bound", paramLabel = "TxO", description = "threads x operations; default: each variant's own")
    String bound;

    @Mixin
    ExplorationOptions exploration;

    @Option(names = {"-e", "--engine"}, paramLabel = "E",
            description = "the engine(s) to run each mutant through, repeatable or comma-separated, or 'all':"
                    + " ${COMPLETION-CANDIDATES}; default: explorer. One that cannot be given a mutant says 'not run'",
            completionCandidates = EngineNames.class)
    List<String> engineNames = new ArrayList<>();

    @Option(names = "--engine-option", paramLabel = "ENGINE.KEY=VALUE", description = "an engine's own budget or setting,"
            + " as for check ('tcheck list --engines' lists them)")
    Map<String, String> engineOptions = new LinkedHashMap<>();

    @Option(names = "--operator", paramLabel = "OP", description = "only these operators, repeatable or comma-separated: "
            + "${COMPLETION-CANDIDATES}; default: all", completionCandidates = OperatorNames.class)
    List<String> operatorNames = new ArrayList<>();

    @Option(names = {"--results", "--out"}, paramLabel = "DIR", description = "where to write the mutation results; "
            + Locations.RESULTS_HELP)
    Path results;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        List<Scenario> variants = fixedVariants(cmd, Inputs.scenarios(cmd, selectors));
        ExplorerOptions options = MutationRunner.options(exploration.toExplorerOptions(cmd));
        Map<Scenario, Bound> bounds = new LinkedHashMap<>();
        for (Scenario s : variants) {
            bounds.put(s, Inputs.bound(cmd, s, bound, options.maxSteps()));
        }
        List<Engine> engines = Inputs.engines(cmd, engineNames);
        Map<Engine, Map<String, String>> perEngine = Inputs.engineOptions(cmd, engines, engineOptions);
        List<MutationOperator> operators = operators(cmd);
        Path dir = Locations.writableDir(cmd, "--results", results != null ? results : Locations.resultsDir());

        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        MutationRunner runner = new MutationRunner(engines, perEngine, options, quiet ? null : line -> {
            err.println("  ... " + line);
            err.flush();
        });
        MutantGenerator generator = new MutantGenerator();
        List<MutationResults> all = new ArrayList<>();
        for (Scenario s : variants) {
            List<Mutant> mutants = generator.mutants(s, operators);
            if (mutants.isEmpty()) {
                out.println(s.id() + ": no site any operator applies to (tryLock, barriers and phasers are not mutated)");
                out.flush();
                continue;
            }
            MutationResults r;
            try {
                r = runner.run(s, bounds.get(s), mutants);
            } catch (IllegalArgumentException e) { // an engine option's value the engine could not use
                throw new ParameterException(cmd, "--engine-option: " + e.getMessage());
            }
            all.add(r);
            out.print(MutationTable.rows(r, true));
            out.println();
            out.flush();
            try {
                MutationFiles.write(dir, r);
            } catch (UncheckedIOException e) {
                err.println("tcheck: cannot write the mutation results of " + s.id() + " to " + dir + " (" + Locations.reason(e) + ")");
                return ExitCodes.ERROR;
            }
        }
        out.print(MutationTable.summary(all));
        out.println("results: " + MutationFiles.dir(dir) + "   (render them with: tcheck report)");
        out.flush();
        boolean survivor = all.stream().flatMap(r -> r.mutants().stream()).anyMatch(m -> m.status() == MutationResults.Status.SURVIVED);
        return survivor ? ExitCodes.FOUND : ExitCodes.OK;
    }

    /** The fixed variants selected; naming a buggy variant is bad input (its bug is already there). */
    private static List<Scenario> fixedVariants(CommandLine cmd, List<Scenario> selected) {
        List<Scenario> fixed = new ArrayList<>();
        for (Scenario s : selected) {
            if (s.expected() == Expected.FIXED) {
                fixed.add(s);
            }
        }
        for (Scenario s : selected) {
            if (s.expected() == Expected.BUGGY && selected.stream().noneMatch(f -> f.family().equals(s.family()) && fixed.contains(f))) {
                List<String> siblings = tcheck.scenario.Catalog.all().stream()
                        .filter(f -> f.family().equals(s.family()) && f.expected() == Expected.FIXED).map(Scenario::id).toList();
                throw new ParameterException(cmd, s.id() + " is a buggy variant: mutate plants bugs in fixed ones"
                        + (siblings.isEmpty() ? "" : "; its family's fixed variants: " + String.join(", ", siblings)));
            }
        }
        return fixed;
    }

    private List<MutationOperator> operators(CommandLine cmd) {
        if (operatorNames.isEmpty()) {
            return Operators.all();
        }
        List<String> wanted = new ArrayList<>();
        for (String n : operatorNames) {
            for (String one : n.split(",")) {
                if (!one.isBlank()) {
                    wanted.add(one.trim());
                }
            }
        }
        List<String> known = Operators.all().stream().map(MutationOperator::name).toList();
        for (String w : wanted) {
            if (!known.contains(w)) {
                throw new ParameterException(cmd, "--operator: unknown operator '" + w + "'; one of " + String.join(", ", known));
            }
        }
        return Operators.all().stream().filter(op -> wanted.contains(op.name())).toList();
    }

    /** The operator names for --operator's help and completion. */
    static final class OperatorNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Operators.all().stream().map(MutationOperator::name).iterator();
        }
    }
}
