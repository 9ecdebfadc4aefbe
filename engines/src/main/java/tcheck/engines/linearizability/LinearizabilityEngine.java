package tcheck.engines.linearizability;

import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.Result;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.util.List;

/**
 * The explorer with every execution's history of operations on the scenario's concurrent object
 * checked against the object's sequential spec: a buggy object comes back {@code non-linearizable}
 * with the witness history in its trace.
 */
public final class LinearizabilityEngine implements Engine {
    public static final String NAME = "linearizability";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the explorer, checking each execution's operation history against the object's sequential spec";
    }

    @Override
    public String notApplicable(Scenario s) {
        return s.objectUnderTest(s.defaultBound()) == null ? "a whole program, no concurrent object with a spec" : null;
    }

    @Override
    public boolean strict() {
        return true;
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        Bound b = run.boundFor(s);
        Exploration e = new Explorer(new ScenarioSource(s, b), run.explorer().withLinearizability(),
                run.progress() == null ? null : run::say).run();
        return List.of(Verdicts.renamed(ExplorerResults.toResult(s, b, e), NAME));
    }
}
