package tcheck.engines.explorer;

import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.results.Result;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.util.List;

/** The project's own explorer: every interleaving at the bound (DPOR), then the fewest preemptions. */
public final class ExplorerEngine implements Engine {
    @Override
    public String name() {
        return ExplorerResults.ENGINE;
    }

    @Override
    public String description() {
        return "the interleaving explorer: exhaustive search with DPOR, counterexamples as replayable traces";
    }

    @Override
    public boolean strict() {
        return true;
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        Bound b = run.boundFor(s);
        Exploration e = new Explorer(new ScenarioSource(s, b), run.explorer(), run.progress() == null ? null : run::say).run();
        return List.of(ExplorerResults.toResult(s, b, e));
    }
}
