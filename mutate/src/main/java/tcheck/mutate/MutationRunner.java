package tcheck.mutate;

import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.reports.MutationResults.EngineStatus;
import tcheck.reports.MutationResults.Outcome;
import tcheck.reports.MutationResults;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs mutants through engines, each given the mutant the way it can take it ({@link MutantFeed});
 * an engine that cannot be given one says "not run" for it rather than judging the unmutated code.
 */
public final class MutationRunner {
    private final List<Engine> engines;
    private final Map<Engine, Map<String, String>> engineOptions;
    private final ExplorerOptions explorer;
    private final Consumer<String> progress;

    /**
     * @param engineOptions each engine's own options (missing: its defaults)
     * @param explorer      the explorer's options; mutation wants the first counterexample, see {@link #options}
     * @param progress      where to say which mutant runs (may be null)
     */
    public MutationRunner(List<Engine> engines, Map<Engine, Map<String, String>> engineOptions, ExplorerOptions explorer,
                          Consumer<String> progress) {
        this.engines = List.copyOf(engines);
        this.engineOptions = Map.copyOf(engineOptions);
        this.explorer = explorer;
        this.progress = progress;
    }

    public MutationRunner(List<Engine> engines, ExplorerOptions explorer, Consumer<String> progress) {
        this(engines, Map.of(), explorer, progress);
    }

    /**
     * The explorer's options for mutation: DPOR until the first counterexample (the default strategy
     * then searches for one with fewer preemptions, which a kill does not need), the given budget.
     */
    public static ExplorerOptions options(ExplorerOptions base) {
        return "auto".equals(base.strategy()) ? base.withStrategy("dpor") : base;
    }

    public MutationResults run(Scenario s, Bound bound, List<Mutant> mutants) {
        List<MutationResults.Mutant> out = new ArrayList<>();
        int n = 0;
        for (Mutant m : mutants) {
            n++;
            List<Outcome> outcomes = new ArrayList<>();
            Path dir = null;
            try {
                for (Engine e : engines) {
                    if (progress != null) {
                        progress.accept(m.id() + " (" + n + " of " + mutants.size() + ") " + e.name() + ": " + m.site().change()
                                + ", " + m.where());
                    }
                    if (dir == null && MutantFeed.of(e) == MutantFeed.SCENARIO_OBJECT) {
                        dir = Files.createTempDirectory("tcheck-mutant-");
                        MutantClasses.writeClassFile(m, dir);
                    }
                    outcomes.add(run(m, e, bound, dir));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the mutant's class file", e);
            } finally {
                delete(dir);
            }
            out.add(new MutationResults.Mutant(m.id(), m.operator().name(), m.className(), m.site().change(), m.file(),
                    m.site().line(), MutationResults.Status.of(outcomes), List.copyOf(outcomes)));
        }
        return new MutationResults(MutationResults.SCHEMA, ResultsFiles.runId(), s.family(), s.variant(), bound.toString(),
                engines.stream().map(Engine::name).toList(), List.copyOf(out));
    }

    private Outcome run(Mutant m, Engine e, Bound bound, Path dir) {
        String unavailable = e.unavailable();
        if (unavailable != null) {
            return notRun(e, "not available here: " + unavailable);
        }
        String notApplicable = e.notApplicable(m.scenario());
        if (notApplicable != null) {
            return notRun(e, "not applicable: " + notApplicable);
        }
        return switch (MutantFeed.of(e)) {
            case EXPLORER -> explore(m, e, bound, explorer);
            case LINEARIZABILITY -> explore(m, e, bound, explorer.withLinearizability());
            case SCENARIO_OBJECT -> engine(m, e, bound, dir);
            case NONE -> notRun(e, MutantFeed.whyNot(e));
        };
    }

    private Outcome explore(Mutant m, Engine e, Bound bound, ExplorerOptions options) {
        Exploration x = new Explorer(new MutantSource(m, bound), options, null).run();
        return outcome(e, List.of(ExplorerResults.toResult(m.scenario(), bound, x)));
    }

    private Outcome engine(Mutant m, Engine e, Bound bound, Path dir) {
        Scenario mutated;
        try {
            mutated = Catalog.instantiate(new MutantClasses(MutationRunner.class.getClassLoader(), m, dir)
                    .loadClass(m.scenario().getClass().getName()));
        } catch (ClassNotFoundException | RuntimeException | LinkageError x) {
            return new Outcome(e.name(), EngineStatus.ERROR, Verdict.ERROR, null, false, 0, 0, null,
                    "the mutated classes could not be loaded: " + x);
        }
        EngineRun run = new EngineRun(bound, engineOptions.getOrDefault(e, Map.of()), explorer, null);
        try {
            return outcome(e, e.run(mutated, run));
        } catch (IllegalArgumentException x) {
            throw x; // an engine option's value the engine refuses: the caller's input, not the mutant's
        } catch (RuntimeException | LinkageError x) {
            return new Outcome(e.name(), EngineStatus.ERROR, Verdict.ERROR, null, false, 0, 0, null,
                    e.name() + " failed on the mutant: " + x);
        }
    }

    /** One outcome from an engine's results (Lincheck fills several columns): killed when any found a counterexample. */
    static Outcome outcome(Engine e, List<Result> results) {
        Result killer = results.stream().filter(r -> r.verdict() == Verdict.COUNTEREXAMPLE).findFirst().orElse(null);
        long executions = results.stream().mapToLong(Result::executions).sum();
        long millis = results.stream().mapToLong(Result::millis).sum();
        if (killer != null) {
            String column = results.size() > 1 ? killer.engine() + ": " : "";
            return new Outcome(e.name(), EngineStatus.KILLED, killer.verdict(), killer.kind(), killer.complete(), executions, millis,
                    killer.schedule(), column + killer.message());
        }
        for (Result r : results) {
            List<tcheck.results.Outcome> forbidden = ForbiddenOutcomes.observed(r);
            if (!forbidden.isEmpty()) {
                // what the fixed variant's stress test forbids is the invariant its fix keeps
                return new Outcome(e.name(), EngineStatus.KILLED, Verdict.COUNTEREXAMPLE, FailureKind.INVARIANT, false, executions, millis,
                        null, ForbiddenOutcomes.describe(forbidden));
            }
        }
        Result error = results.stream().filter(r -> r.verdict() == Verdict.ERROR).findFirst().orElse(null);
        if (error != null) {
            return new Outcome(e.name(), EngineStatus.ERROR, error.verdict(), null, false, executions, millis, null, error.message());
        }
        List<Result> ran = results.stream().filter(r -> r.verdict() != Verdict.NOT_AVAILABLE).toList();
        if (ran.isEmpty()) {
            return notRun(e, results.isEmpty() ? "no result" : results.get(0).message());
        }
        boolean complete = ran.stream().allMatch(r -> Boolean.TRUE.equals(r.complete()));
        return new Outcome(e.name(), EngineStatus.SURVIVED, ran.get(0).verdict(), null, complete, executions, millis, null,
                ran.get(0).message());
    }

    private static Outcome notRun(Engine e, String why) {
        return new Outcome(e.name(), EngineStatus.NOT_RUN, null, null, false, 0, 0, null, why);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
