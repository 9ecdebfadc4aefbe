package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

class AllScenariosProbe {
    @Test
    void probe() {
        for (Scenario s : Catalog.all()) {
            long t0 = System.nanoTime();
            Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withBudget(20000, 20000).withStuckTimeout(3000));
            System.out.println("=== " + s.id() + " expected " + s.expected() + "/" + s.expectedKind() + " -> " + e.verdict() + "/" + e.kind()
                    + " execs=" + e.executions() + " " + (System.nanoTime() - t0) / 1_000_000 + "ms");
            System.out.println(e.message() + " strategy=" + e.strategy() + " steps=" + e.trace().size() + " " + e.details().get("shrunk"));
            e.trace().forEach(t -> System.out.println("   " + t.step() + " " + t.thread() + " " + t.action() + " " + t.where() + " " + t.state()));
        }
    }
}
