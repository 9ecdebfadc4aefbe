package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

class StrategyProbe {
    @Test
    void probe() {
        for (String id : System.getProperty("probe.ids", "philosophers/ordered").split(",")) {
            Scenario s = Catalog.get(id);
            for (String strat : System.getProperty("probe.strategies", "dpor,dfs").split(",")) {
                long t0 = System.nanoTime();
                Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound().parse(System.getProperty("probe.bound", s.defaultBound().toString()))),
                        ExplorerOptions.defaults().withStrategy(strat).withBudget(Integer.getInteger("probe.max", 20000), 30000).withStuckTimeout(3000));
                System.out.println("=== " + id + " " + strat + " -> " + e.verdict() + "/" + e.kind() + " execs=" + e.executions()
                        + " " + (System.nanoTime() - t0) / 1_000_000 + "ms pre=" + e.preemptions() + " " + e.message());
                if (Boolean.getBoolean("probe.trace")) {
                    e.trace().forEach(t -> System.out.println("   " + t.step() + " " + t.thread() + " " + t.action() + " " + t.where()));
                }
            }
        }
    }
}
