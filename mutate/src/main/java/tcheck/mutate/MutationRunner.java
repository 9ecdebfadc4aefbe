package tcheck.mutate;

import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.checker.results.Result;
import tcheck.checker.results.ResultsFiles;
import tcheck.engines.Engine;
import tcheck.engines.Verdicts;
import tcheck.reports.MutationResults;
import tcheck.reports.MutationResults.EngineStatus;
import tcheck.reports.MutationResults.Outcome;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs mutants through engines. The explorer is given each mutant through its class files (see
 * {@link MutantSource}); an engine that loads the scenario's classes by itself cannot be given one,
 * and says so as "not run" for every mutant rather than judging the unmutated code.
 */
public final class MutationRunner {
    private final List<Engine> engines;
    private final ExplorerOptions explorer;
    private final Consumer<String> progress;

    /**
     * @param explorer the explorer's options; mutation wants the first counterexample, so a search
     *                 for fewer preemptions after it ({@code auto}) is wasted: pass {@code dpor}
     * @param progress where to say which mutant runs (may be null)
     */
    public MutationRunner(List<Engine> engines, ExplorerOptions explorer, Consumer<String> progress) {
        this.engines = List.copyOf(engines);
        this.explorer = explorer;
        this.progress = progress;
    }

    /** The explorer's options for mutation: DPOR until the first counterexample, the given budget. */
    public static ExplorerOptions options(ExplorerOptions base) {
        return "auto".equals(base.strategy()) ? base.withStrategy("dpor") : base;
    }

    public MutationResults run(Scenario s, Bound bound, List<Mutant> mutants) {
        List<MutationResults.Mutant> out = new ArrayList<>();
        int n = 0;
        for (Mutant m : mutants) {
            n++;
            List<Outcome> outcomes = new ArrayList<>();
            for (Engine e : engines) {
                if (progress != null) {
                    progress.accept(m.id() + " (" + n + " of " + mutants.size() + ") " + e.name() + ": " + m.site().change()
                            + ", " + m.where());
                }
                outcomes.add(run(m, e, bound));
            }
            out.add(new MutationResults.Mutant(m.id(), m.operator().name(), m.className(), m.site().change(), m.file(),
                    m.site().line(), MutationResults.Status.of(outcomes), List.copyOf(outcomes)));
        }
        return new MutationResults(MutationResults.SCHEMA, ResultsFiles.runId(), s.family(), s.variant(), bound.toString(),
                engines.stream().map(Engine::name).toList(), List.copyOf(out));
    }

    private Outcome run(Mutant m, Engine e, Bound bound) {
        String unavailable = e.unavailable();
        if (unavailable != null) {
            return notRun(e, "not available here: " + unavailable);
        }
        if (!e.name().equals(ExplorerResults.ENGINE)) {
            return notRun(e, e.name() + " loads the scenario's classes itself and cannot be given a mutated class");
        }
        Exploration x = new Explorer(new MutantSource(m, bound), explorer, null).run();
        Result r = ExplorerResults.toResult(m.scenario(), bound, x);
        EngineStatus status = switch (r.verdict()) {
            case Verdicts.COUNTEREXAMPLE -> EngineStatus.KILLED;
            case Verdicts.ERROR -> EngineStatus.ERROR;
            default -> EngineStatus.SURVIVED;
        };
        return new Outcome(e.name(), status, r.verdict(), status == EngineStatus.KILLED ? r.kind() : null, r.complete(),
                r.executions(), r.millis(), r.schedule(), r.message());
    }

    private static Outcome notRun(Engine e, String why) {
        return new Outcome(e.name(), EngineStatus.NOT_RUN, null, null, false, 0, 0, null, why);
    }
}
